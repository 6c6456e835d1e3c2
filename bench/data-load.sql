-- Bulk load for the data read benchmark (bench/data-read-bench.sh). Variables: :env (environment uuid),
-- :users (count), :days (count), :heavy_samples (samples per series in the heavy user's activities).
-- Payloads are synthetic: sample arrays are fixed templates (realistic sizes, not realistic values). The summary
-- column (payload without samples) is computed here with #-, as IngestService computes it with SampleStripper.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET TimeZone = 'UTC';

INSERT INTO users (id, environment_id, provider, reference_id, scopes, active, state, provider_user_id,
                   authenticated_at)
SELECT md5('bench-user-' || u)::uuid, :'env', 'GARMIN', 'bench-' || u, 'ACTIVITY_EXPORT,HEALTH_EXPORT', true,
       'authenticated', 'garmin-' || u, now()
  FROM generate_series(0, :users - 1) u;

CREATE TEMP TABLE tpl AS
SELECT
  (SELECT jsonb_agg(jsonb_build_object('timestamp', to_char(timestamp '2025-01-01' + s * interval '15 minutes',
          'YYYY-MM-DD"T"HH24:MI:SS.US+00:00'), 'bpm', 55.0 + (s % 40), 'timer_duration_seconds', s * 900.0))
     FROM generate_series(0, 95) s) AS daily_hr,
  (SELECT jsonb_agg(jsonb_build_object('timestamp', to_char(timestamp '2025-01-01' + s * interval '15 minutes',
          'YYYY-MM-DD"T"HH24:MI:SS.US+00:00'), 'steps', (s * 7) % 300, 'timer_duration_seconds', s * 900.0))
     FROM generate_series(0, 95) s) AS daily_steps,
  (SELECT jsonb_agg(jsonb_build_object('timestamp', to_char(timestamp '2025-01-01 23:00' + s * interval '15 minutes',
          'YYYY-MM-DD"T"HH24:MI:SS.US+00:00'), 'level', 1 + (s % 5)))
     FROM generate_series(0, 31) s) AS sleep_hypno,
  (SELECT jsonb_agg(jsonb_build_object('timestamp', to_char(timestamp '2025-01-01 23:00' + s * interval '5 minutes',
          'YYYY-MM-DD"T"HH24:MI:SS.US+00:00'), 'bpm', 50.0 + (s % 15), 'timer_duration_seconds', s * 300.0))
     FROM generate_series(0, 95) s) AS sleep_hr,
  (SELECT jsonb_agg(jsonb_build_object('timestamp', to_char(timestamp '2025-01-01 07:00' + s * interval '1 minute',
          'YYYY-MM-DD"T"HH24:MI:SS.US+00:00'), 'bpm', 120.0 + (s % 40), 'timer_duration_seconds', s * 60.0))
     FROM generate_series(0, 59) s) AS act_hr,
  (SELECT jsonb_agg(jsonb_build_object('timestamp', to_char(timestamp '2025-01-01 07:00' + s * interval '1 minute',
          'YYYY-MM-DD"T"HH24:MI:SS.US+00:00'), 'coords_lat_lng_deg', jsonb_build_array(51.5 + s * 0.0001, -0.12 + s * 0.0001),
          'timer_duration_seconds', s * 60.0))
     FROM generate_series(0, 59) s) AS act_pos,
  (SELECT jsonb_agg(jsonb_build_object('timestamp', to_char(timestamp '2025-01-01 07:00' + s * interval '1 second',
          'YYYY-MM-DD"T"HH24:MI:SS.US+00:00'), 'bpm', 120.0 + (s % 40), 'timer_duration_seconds', s * 1.0))
     FROM generate_series(0, :heavy_samples - 1) s) AS heavy_hr,
  (SELECT jsonb_agg(jsonb_build_object('timestamp', to_char(timestamp '2025-01-01 07:00' + s * interval '1 second',
          'YYYY-MM-DD"T"HH24:MI:SS.US+00:00'), 'coords_lat_lng_deg', jsonb_build_array(51.5 + s * 0.00001, -0.12 + s * 0.00001),
          'timer_duration_seconds', s * 1.0))
     FROM generate_series(0, :heavy_samples - 1) s) AS heavy_pos;

CREATE TEMP TABLE days AS
SELECT d::date AS day FROM generate_series(date '2025-01-01', date '2025-01-01' + (:days - 1), interval '1 day') d;

-- daily: one per user and day, local midnight UTC
INSERT INTO data_objects (environment_id, user_id, type, identity_key, start_time, start_local, end_time, payload,
                          payload_bytes, summary)
SELECT :'env', md5('bench-user-' || u)::uuid, 'daily', day::text, day::timestamptz, day::timestamp,
       (day + 1)::timestamptz, p, octet_length(p::text),
       p #- '{distance_data,detailed,step_samples}' #- '{heart_rate_data,detailed,hr_samples}'
  FROM generate_series(0, :users - 1) u CROSS JOIN days CROSS JOIN tpl,
       LATERAL (SELECT jsonb_build_object(
         'metadata', jsonb_build_object('start_time', to_char(day, 'YYYY-MM-DD') || 'T00:00:00.000000+00:00',
             'end_time', to_char(day + 1, 'YYYY-MM-DD') || 'T00:00:00.000000+00:00', 'upload_type', 1,
             'timestamp_localization', 0),
         'distance_data', jsonb_build_object('steps', 4000 + (u * 31 + extract(doy FROM day)::int * 17) % 9000,
             'distance_meters', 3000.5, 'detailed', jsonb_build_object('step_samples', daily_steps)),
         'heart_rate_data', jsonb_build_object('summary', jsonb_build_object('avg_hr_bpm', 64.0, 'resting_hr_bpm', 52.0),
             'detailed', jsonb_build_object('hr_samples', daily_hr)),
         'calories_data', jsonb_build_object('total_burned_calories', 2300.5, 'BMR_calories', 1650.0)) AS p) x;

-- sleep: 23:00 → 07:00
INSERT INTO data_objects (environment_id, user_id, type, identity_key, start_time, start_local, end_time, payload,
                          payload_bytes, summary)
SELECT :'env', md5('bench-user-' || u)::uuid, 'sleep', 'sleep-' || u || '-' || day, day + time '23:00',
       day + time '23:00', day + 1 + time '07:00', p, octet_length(p::text),
       p #- '{sleep_durations_data,hypnogram_samples}' #- '{heart_rate_data,detailed,hr_samples}'
  FROM generate_series(0, :users - 1) u CROSS JOIN days CROSS JOIN tpl,
       LATERAL (SELECT jsonb_build_object(
         'metadata', jsonb_build_object('summary_id', 'sleep-' || u || '-' || day,
             'start_time', to_char(day, 'YYYY-MM-DD') || 'T23:00:00.000000+00:00',
             'end_time', to_char(day + 1, 'YYYY-MM-DD') || 'T07:00:00.000000+00:00', 'upload_type', 1, 'is_nap', false),
         'sleep_durations_data', jsonb_build_object('hypnogram_samples', sleep_hypno,
             'asleep', jsonb_build_object('duration_asleep_state_seconds', 26000.0)),
         'heart_rate_data', jsonb_build_object('detailed', jsonb_build_object('hr_samples', sleep_hr))) AS p) x;

-- activity: one a day 07:00 → 08:00 with samples; user 0 records at 1 Hz (the streaming test)
INSERT INTO data_objects (environment_id, user_id, type, identity_key, start_time, start_local, end_time, payload,
                          payload_bytes, summary)
SELECT :'env', md5('bench-user-' || u)::uuid, 'activity', 'run-' || u || '-' || day, day + time '07:00',
       day + time '07:00', day + time '08:00', p, octet_length(p::text),
       p #- '{heart_rate_data,detailed,hr_samples}' #- '{position_data,position_samples}'
  FROM generate_series(0, :users - 1) u CROSS JOIN days CROSS JOIN tpl,
       LATERAL (SELECT jsonb_build_object(
         'metadata', jsonb_build_object('summary_id', 'run-' || u || '-' || day, 'type', 8, 'upload_type', 1,
             'name', 'Morning run',
             'start_time', to_char(day, 'YYYY-MM-DD') || 'T07:00:00.000000+00:00',
             'end_time', to_char(day, 'YYYY-MM-DD') || 'T08:00:00.000000+00:00'),
         'distance_data', jsonb_build_object('summary', jsonb_build_object('distance_meters', 10000.5)),
         'heart_rate_data', jsonb_build_object('detailed',
             jsonb_build_object('hr_samples', CASE WHEN u = 0 THEN heavy_hr ELSE act_hr END)),
         'position_data', jsonb_build_object('position_samples', CASE WHEN u = 0 THEN heavy_pos ELSE act_pos END)) AS p) x;

ANALYZE users;
ANALYZE data_objects;
SELECT type, count(*) AS objects, pg_size_pretty(sum(payload_bytes)::bigint) AS json_text
  FROM data_objects WHERE environment_id = :'env' GROUP BY type ORDER BY type;
SELECT pg_size_pretty(pg_total_relation_size('data_objects')) AS table_size;

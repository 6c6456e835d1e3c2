#!/usr/bin/env python3
"""Generates the tributary-model records and enums from Terra's JSON Schemas (schemas/core).

Only property names, types, enum values and constants are read from the schemas. Tributary-specific shapes and
additions (aliases, classic fields, events without a schema file, classic planned-workout enums) are declared below.

Usage: python3 tributary-model/tools/generate_model.py [schemas-dir]
       (default: $TRIBUTARY_TERRA_SCHEMAS or <repo>/../shared/terra-openapi/schemas/core)
then:  ./mvnw -pl tributary-model spotless:apply
"""
import glob
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..'))
SCHEMAS = (sys.argv[1] if len(sys.argv) > 1 else None) or os.environ.get('TRIBUTARY_TERRA_SCHEMAS') or \
    os.path.normpath(os.path.join(REPO, '..', 'shared', 'terra-openapi', 'schemas', 'core'))
OUT = os.path.join(REPO, 'tributary-model', 'src', 'main', 'java', 'io', 'tributary', 'model')
BASE_PKG = 'io.tributary.model'

schemas = {}
for f in sorted(glob.glob(os.path.join(SCHEMAS, '*.yaml'))):
    schemas[os.path.basename(f)[:-5]] = yaml.safe_load(open(f))

S = {'type': 'string'}
NS = {'anyOf': [{'type': 'string'}, {'type': 'null'}]}
NI = {'anyOf': [{'type': 'integer'}, {'type': 'null'}]}
USER = {'$ref': 'TerraUser.yaml'}
NUSER = {'anyOf': [{'$ref': 'TerraUser.yaml'}, {'type': 'null'}]}


def const(v):
    return {'type': 'string', 'const': v}


# Shapes that have no file in schemas/core (event catalogue, api.md 2.5, models.md classic PlannedWorkout).
SYNTHETIC = {
    'HealthcheckEvent': {'properties': {'type': const('healthcheck'), 'status': NS, 'creation_timestamp': NS,
                                        'trend_percentage': NI, 'sent_webhooks_last_hour': NI},
                         'required': ['type']},
    'GoogleNoDatasourceEvent': {'properties': {'type': const('google_no_datasource'), 'user': USER,
                                               'status': const('warning'), 'message': NS},
                                'required': ['type', 'user', 'status']},
    'RateLimitHitEvent': {'properties': {'type': const('rate_limit_hit'), 'user': USER, 'start_date': NS,
                                         'end_date': NS, 'retrying_at': NS, 'message': NS},
                          'required': ['type', 'user']},
    'DataSentToWebhook': {'properties': {'status': NS, 'type': S, 'reference': NS, 'trace_id': NS, 'message': NS,
                                         'user': NUSER}, 'required': ['type']},
    'NoDataReturned': {'properties': {'status': NS, 'message': NS, 'type': const('no_data'), 'user': NUSER},
                       'required': ['type']},
    'RequestProcessing': {'properties': {'type': const('processing'), 'status': const('success'), 'message': NS,
                                         'user': NUSER, 'retry_after_seconds': NI}, 'required': ['type']},
    'ClassicPlannedWorkout': {'properties': {
        'steps': {'anyOf': [{'type': 'array', 'items': {'$ref': 'PlannedWorkoutDetailsStep.yaml'}}, {'type': 'null'}]},
        'metadata': {'$ref': 'PlannedWorkoutDetailsMetadata.yaml'}}, 'required': ['metadata']},
}
schemas.update(SYNTHETIC)
PACKAGE_OVERRIDES = {'DataSentToWebhook': BASE_PKG + '.event', 'NoDataReturned': BASE_PKG + '.event',
                     'RequestProcessing': BASE_PKG + '.event', 'ClassicPlannedWorkout': BASE_PKG}

EXTRA_METHODS = {
    'AuthErrorEvent': '''
    /** {@code message} of the classic auth failure event. */
    public static final String CLASSIC_FAILURE_MESSAGE = "User failed to authenticate and has been deleted";

    /**
     * The classic auth failure event ({@code type:"auth", status:"error"}) that Tributary emits (decision 11). The
     * 2026 shape is {@code type:"auth_cancelled"}, the default of this record.
     */
    public static AuthErrorEvent classic(
            TerraUser user, String provider, String reason, String referenceId, String widgetSessionId) {
        return builder()
                .type("auth")
                .status("error")
                .user(user)
                .provider(provider)
                .message(CLASSIC_FAILURE_MESSAGE)
                .reason(reason)
                .referenceId(referenceId)
                .widgetSessionId(widgetSessionId)
                .build();
    }
''',
    'AuthSuccessEvent': '''
    /** {@code message} of the auth success event. */
    public static final String SUCCESS_MESSAGE = "User has successfully authenticated";

    /**
     * The event Tributary emits when a user has connected; {@code reference_id} and {@code widget_session_id} are
     * written even when null.
     */
    public static AuthSuccessEvent of(TerraUser user, String referenceId, String widgetSessionId) {
        return builder()
                .user(user)
                .referenceId(referenceId)
                .widgetSessionId(widgetSessionId)
                .message(SUCCESS_MESSAGE)
                .build();
    }
''',
    'DeauthEvent': '''
    /** The event Tributary emits when a user has been deauthenticated. */
    public static DeauthEvent of(TerraUser user) {
        return builder().user(user).message("User has deauthenticated").build();
    }
''',
    'UserReauthEvent': '''
    /** The event Tributary emits when the same provider account connected again and the old user was removed. */
    public static UserReauthEvent of(TerraUser newUser, TerraUser oldUser) {
        return builder()
                .newUser(newUser)
                .oldUser(oldUser)
                .message("User has reauthenticated and old ID has been deleted")
                .build();
    }
''',
    'AccessRevokedEvent': '''
    /** The event Tributary emits when the provider says the user revoked access. */
    public static AccessRevokedEvent of(TerraUser user) {
        return builder().user(user).message("User revoked access").build();
    }
''',
    'ConnectionErrorEvent': '''
    /** The event Tributary emits when the provider refuses the connection's credentials. */
    public static ConnectionErrorEvent of(TerraUser user) {
        return builder().user(user).message("User connection degraded").build();
    }
''',
    'LargeRequestProcessingEvent': '''
    /** The first event of a large asynchronous request. */
    public static LargeRequestProcessingEvent of(TerraUser user, String reference) {
        return builder()
                .message("Large request is processing")
                .user(user)
                .reference(reference)
                .build();
    }
''',
    'LargeRequestSendingEvent': '''
    /** Sent before the data of a large asynchronous request: how many data events will follow. */
    public static LargeRequestSendingEvent of(TerraUser user, String reference, int expectedPayloads) {
        return builder()
                .user(user)
                .reference(reference)
                .message("Large request is being sent")
                .expectedPayloads(expectedPayloads)
                .build();
    }
''',
    'RateLimitHitEvent': '''
    /**
     * The provider answered 429 while data for {@code startDate}..{@code endDate} was being fetched; the fetch is
     * retried at {@code retryingAt}.
     */
    public static RateLimitHitEvent of(TerraUser user, String startDate, String endDate, String retryingAt) {
        return builder()
                .user(user)
                .startDate(startDate)
                .endDate(endDate)
                .retryingAt(retryingAt)
                .message("Rate limit reached whilst processing async query")
                .build();
    }
''',
    'HealthcheckEvent': '''
    /** A destination's periodic (or dashboard-requested) healthcheck. */
    public static HealthcheckEvent of(String creationTimestamp, int trendPercentage, int sentWebhooksLastHour) {
        return builder()
                .status("success")
                .creationTimestamp(creationTimestamp)
                .trendPercentage(trendPercentage)
                .sentWebhooksLastHour(sentWebhooksLastHour)
                .build();
    }
''',
}

# The order in which Tributary writes the properties of the objects it sends, where it is not the schema's: the
# events' bytes are pinned by tributary-server's EventPayloadsGoldenIT (unlisted properties follow in schema order).
WIRE_ORDER = {
    'TerraUser': ['user_id', 'provider', 'last_webhook_update', 'scopes', 'reference_id', 'active', 'created_at'],
    'AuthSuccessEvent': ['type', 'status', 'user', 'reference_id', 'widget_session_id', 'message'],
}
# Properties written even when null (Terra's user object and auth events carry explicit nulls; '*': all of them);
# all others are left out when null.
WRITE_NULLS = {
    'TerraUser': '*',
    'AuthSuccessEvent': {'reference_id', 'widget_session_id'},
    'AuthErrorEvent': {'reference_id', 'widget_session_id'},
}

HAND_WRITTEN = {'WebhookEvent', 'WebhookEventType', 'EventType'}

TOP_LEVEL = {'Activity', 'Sleep', 'Body', 'Daily', 'Nutrition', 'Menstruation', 'Athlete', 'PlannedWorkout',
             'TerraUser', 'Connection', 'HealthObservation', 'WorkoutTemplate'}
DATA_MODELS = {
    'Activity': 'ACTIVITY', 'Sleep': 'SLEEP', 'Body': 'BODY', 'Daily': 'DAILY', 'Nutrition': 'NUTRITION',
    'Menstruation': 'MENSTRUATION', 'Athlete': 'ATHLETE', 'PlannedWorkout': 'PLANNED_WORKOUT',
    'ClassicPlannedWorkout': 'PLANNED_WORKOUT',
}
IDENTITY = {
    'Activity': 'IdentityKeys.activity(this)', 'Sleep': 'IdentityKeys.sleep(this)',
    'Body': 'IdentityKeys.body(this)', 'Daily': 'IdentityKeys.daily(this)',
    'Nutrition': 'IdentityKeys.nutrition(this)', 'Menstruation': 'IdentityKeys.menstruation(this)',
    'Athlete': 'IdentityKeys.athlete(this)', 'PlannedWorkout': 'IdentityKeys.plannedWorkout(this)',
    'ClassicPlannedWorkout': 'IdentityKeys.classicPlannedWorkout(this)',
}
# (schema, alias property) -> canonical property; the two always carry the same value.
ALIASES = {
    ('GlucoseData', 'day_avg_blood_glucose_mg_per_dl'): 'day_avg_blood_glucose_mg_per_dL',
    ('ActivityLevelSample', 'level'): 'activity_level',
}
# Properties Tributary adds to a schema (decision 10 and event catalogue).
ADDED_PROPS = {
    'ActivityLevelSample': [('level', {'anyOf': [{'$ref': 'ActivityLevel.yaml'}, {'type': 'null'}]}, 'activity_level')],
    'AuthSuccessEvent': [('reference_id', {'anyOf': [{'type': 'string'}, {'type': 'null'}]}, None)],
    'AuthErrorEvent': [
        ('user', {'anyOf': [{'$ref': 'TerraUser.yaml'}, {'type': 'null'}]}, 'status'),
        ('provider', {'anyOf': [{'type': 'string'}, {'type': 'null'}]}, 'user'),
        ('message', {'anyOf': [{'type': 'string'}, {'type': 'null'}]}, 'provider'),
        ('widget_session_id', {'anyOf': [{'type': 'string'}, {'type': 'null'}]}, None),
    ],
}
EXTRA_INT_ENUMS = {
    'PlannedWorkoutStepType': [(0, 'STEP'), (1, 'REPEAT_STEP')],
    'PlannedWorkoutIntensity': list(enumerate(['REST', 'WARMUP', 'COOLDOWN', 'RECOVERY', 'INTERVAL', 'ACTIVE'])),
    'PlannedWorkoutDurationType': [(0, 'TIME'), (1, 'DISTANCE_METERS'), (2, 'HR_LESS_THAN'), (3, 'HR_GREATER_THAN'),
                                   (4, 'CALORIES'), (5, 'OPEN'), (6, 'POWER_LESS_THAN'), (7, 'POWER_GREATER_THAN'),
                                   (9, 'REPS'), (10, 'FIXED_REST'), (12, 'STEPS')],
    'PlannedWorkoutTargetType': [(0, 'SPEED'), (1, 'HEART_RATE'), (2, 'OPEN'), (3, 'CADENCE'), (4, 'POWER'),
                                 (8, 'SWIM_STROKE'), (11, 'PACE'), (12, 'HEART_RATE_THRESHOLD_PERCENTAGE'),
                                 (13, 'HEART_RATE_MAX_PERCENTAGE'), (14, 'SPEED_PERCENTAGE'), (15, 'POWER_PERCENTAGE'),
                                 (16, 'REPETITION')],
    'PlannedWorkoutStrokeType': list(enumerate(['BACKSTROKE', 'BREASTSTROKE', 'DRILL', 'BUTTERFLY', 'FREESTYLE',
                                                'MIXED', 'IM'])),
    'PlannedWorkoutEquipmentType': list(enumerate(['NONE', 'SWIM_FINS', 'SWIM_KICKBOARD', 'SWIM_PADDLES',
                                                   'SWIM_PULL_BUOY', 'SWIM_SNORKEL'])),
    'PlannedWorkoutExerciseCategory': list(enumerate('''UNKNOWN BENCH_PRESS CALF_RAISE CARDIO CARRY CHOP CORE CRUNCH
        CURL DEADLIFT FLYE HIP_RAISE HIP_STABILITY HIP_SWING HYPEREXTENSION LATERAL_RAISE LEG_CURL LEG_RAISE LUNGE
        OLYMPIC_LIFT PLANK PLYO PULL_UP PUSH_UP ROW SHOULDER_PRESS SHOULDER_STABILITY SHRUG SIT_UP SQUAT TOTAL_BODY
        TRICEPS_EXTENSION WARM_UP RUN BIKE CARDIO_SENSORS'''.split())),
}
# Fields whose schema type is a plain integer/string but whose values come from an enum.
FIELD_ENUMS = {
    ('PlannedWorkoutDetailsStep', 'intensity'): 'PlannedWorkoutIntensity',
    ('PlannedWorkoutDetailsStep', 'type'): 'PlannedWorkoutStepType',
    ('PlannedWorkoutDetailsStep', 'stroke_type'): 'PlannedWorkoutStrokeType',
    ('PlannedWorkoutDetailsStep', 'equipment_type'): 'PlannedWorkoutEquipmentType',
    ('PlannedWorkoutDetailsStep', 'exercise_category'): 'PlannedWorkoutExerciseCategory',
    ('PlannedWorkoutDetailsStepDuration', 'duration_type'): 'PlannedWorkoutDurationType',
    ('PlannedWorkoutDetailsStepTarget', 'target_type'): 'PlannedWorkoutTargetType',
    ('PlannedWorkoutDetailsMetadata', 'type'): 'ActivityType',
    ('HeartRateZoneData', 'zone'): 'HeartRateZone',
    ('LapSample', 'stroke_type'): 'StrokeType',
}
JAVA_KEYWORDS = set('''abstract assert boolean break byte case catch char class const continue default do double
else enum extends final finally float for goto if implements import instanceof int interface long native new package
private protected public return short static strictfp super switch synchronized this throw throws transient try void
volatile while record var yield sealed permits'''.split())
RESERVED_COMPONENTS = {'extra', 'builder', 'toBuilder', 'withoutSamples', 'identityKey', 'dataType', 'hashCode',
                       'toString', 'equals', 'getClass'}


def kind(name):
    d = schemas[name]
    if 'properties' in d:
        return 'object'
    if 'oneOf' in d and all('const' in o for o in d['oneOf']):
        return 'int-enum' if isinstance(d['oneOf'][0]['const'], int) else 'str-enum'
    if 'anyOf' in d and all('const' in o for o in d['anyOf']):
        return 'str-enum'
    if 'enum' in d:
        return 'int-enum' if isinstance(d['enum'][0], int) else 'str-enum'
    return 'other'


def package_of(name):
    if name in PACKAGE_OVERRIDES:
        return PACKAGE_OVERRIDES[name]
    if name in EXTRA_INT_ENUMS:
        return BASE_PKG + '.enums'
    if name in TOP_LEVEL:
        return BASE_PKG
    if name.endswith('Event'):
        return BASE_PKG + '.event'
    if kind(name) in ('int-enum', 'str-enum'):
        return BASE_PKG + '.enums'
    if name.startswith('LabReport'):
        return BASE_PKG + '.labreport'
    return BASE_PKG + '.nested'


def camel(json_name):
    parts = [p for p in re.split(r'[^A-Za-z0-9]+', json_name) if p]
    s = parts[0].lower() + ''.join(p[:1].upper() + p[1:].lower() for p in parts[1:])
    if s[0].isdigit():
        s = 'v' + s
    if s in JAVA_KEYWORDS:
        s = s + 'Value'
    return s


def const_name(label):
    s = re.sub(r'[^A-Za-z0-9]+', '_', label).strip('_').upper()
    if s[0].isdigit():
        s = 'V_' + s
    return s


def ref_name(ref):
    return ref[:-5] if ref.endswith('.yaml') else ref


class JType:
    def __init__(self, java, imports=(), enum=None, enum_kind=None, obj=None, is_list=False, elem_obj=None):
        self.java = java
        self.imports = set(imports)
        self.enum = enum  # enum class name when the field holds enum values
        self.enum_kind = enum_kind
        self.obj = obj  # referenced record name
        self.is_list = is_list
        self.elem_obj = elem_obj


def non_null(p):
    if 'anyOf' in p:
        subs = [s for s in p['anyOf'] if s.get('type') != 'null']
        if len(subs) == 1:
            return subs[0], True
        raise Exception('complex anyOf %r' % p)
    return p, False


def map_type(owner, prop, p):
    p, _ = non_null(p)
    if '$ref' in p:
        ref = p['$ref']
        if ref == '#/$defs/RecordFloat':
            return JType('Map<String, Double>', ['java.util.Map'])
        n = ref_name(ref)
        k = kind(n)
        if k == 'object':
            return JType(n, [package_of(n) + '.' + n], obj=n)
        if k == 'int-enum':
            return JType('Integer', [], enum=n, enum_kind='int')
        if k == 'str-enum':
            return JType('String', [], enum=n, enum_kind='str')
        raise Exception('ref kind %s %s' % (n, k))
    t = p.get('type')
    if t == 'number':
        return JType('Double')
    if (owner, prop) in FIELD_ENUMS and t in ('integer', 'string'):
        return JType('Integer' if t == 'integer' else 'String', [], enum=FIELD_ENUMS[(owner, prop)],
                     enum_kind='int' if t == 'integer' else 'str')
    if t == 'integer':
        if prop.endswith('_bytes'):
            return JType('Long')
        return JType('Integer')
    if t == 'string':
        return JType('String')
    if t == 'boolean':
        return JType('Boolean')
    if t == 'array':
        if 'prefixItems' in p:
            return JType('List<Double>', ['java.util.List'], is_list=True)
        it = map_type(owner, prop, p['items'])
        jt = JType('List<%s>' % it.java, it.imports | {'java.util.List'}, enum=it.enum, enum_kind=it.enum_kind,
                   is_list=True, elem_obj=it.obj)
        jt.enum_in_list = True
        return jt
    raise Exception('unmapped %s.%s %r' % (owner, prop, p))


def properties(name):
    d = schemas[name]
    props = []
    # allOf parents (except the WebhookEvent base) contribute their properties first
    for parent in d.get('allOf') or []:
        pn = ref_name(parent.get('$ref', ''))
        if pn and pn != 'WebhookEvent':
            props += properties(pn)
    own = list((d.get('properties') or {}).items())
    props = [(k, v) for k, v in props if k not in dict(own)] + own
    for (pname, pschema, after) in ADDED_PROPS.get(name, []):
        if any(pn == pname for pn, _ in props):
            continue
        idx = len(props)
        if after:
            idx = [pn for pn, _ in props].index(after) + 1
        props.insert(idx, (pname, pschema))
    return props


# ---------- sample analysis ----------
def is_sample_type(n):
    return 'Sample' in n and 'timestamp' in (schemas[n].get('properties') or {})


_has_samples = {}


def has_samples(n):
    if n in _has_samples:
        return _has_samples[n]
    _has_samples[n] = False
    res = False
    for pn, p in properties(n):
        jt = map_type(n, pn, p)
        if jt.is_list and jt.elem_obj and (is_sample_type(jt.elem_obj) or has_samples(jt.elem_obj)):
            res = True
        if jt.obj and has_samples(jt.obj):
            res = True
    _has_samples[n] = res
    return res


def sample_paths(n, prefix=''):
    out = []
    for pn, p in properties(n):
        jt = map_type(n, pn, p)
        if jt.is_list and jt.elem_obj:
            if is_sample_type(jt.elem_obj):
                out.append(prefix + pn)
            elif has_samples(jt.elem_obj):
                out += sample_paths(jt.elem_obj, prefix + pn + '[].')
        elif jt.obj and has_samples(jt.obj):
            out += sample_paths(jt.obj, prefix + pn + '.')
    return out


# ---------- record generation ----------
HEADER = ('// Generated by tributary-model/tools/generate_model.py from the schemas/core field lists;\n'
          '// change the generator, not this file.\n')


def alias_partners(name, json, byjson):
    out = []
    for (n, a), c in ALIASES.items():
        if n != name:
            continue
        if json == a:
            out.append(byjson[c]['java'])
        elif json == c:
            out.append(byjson[a]['java'])
    return out


def gen_record(name):
    pkg = package_of(name)
    props = properties(name)
    required = set(schemas[name].get('required') or [])
    for parent in schemas[name].get('allOf') or []:
        pn = ref_name(parent.get('$ref', ''))
        if pn and pn != 'WebhookEvent':
            required |= set(schemas[pn].get('required') or [])
    imports = {'com.fasterxml.jackson.annotation.JsonAnyGetter', 'com.fasterxml.jackson.annotation.JsonAnySetter',
               'com.fasterxml.jackson.annotation.JsonInclude', 'com.fasterxml.jackson.annotation.JsonProperty',
               'java.util.Map', 'io.tributary.model.support.Extra'}
    if name in WIRE_ORDER:
        imports.add('com.fasterxml.jackson.annotation.JsonPropertyOrder')
    fields = []
    seen = set()
    for pn, p in props:
        jn = camel(pn)
        if (name, pn) in ALIASES:
            jn = camel(pn) + 'Alias' if camel(pn) == camel(ALIASES[(name, pn)]) else jn
        if jn in seen or jn in RESERVED_COMPONENTS:
            raise Exception('name clash %s.%s -> %s' % (name, pn, jn))
        seen.add(jn)
        jt = map_type(name, pn, p)
        imports |= jt.imports
        const = None
        ps, _ = non_null(p)
        if 'const' in ps and isinstance(ps['const'], str):
            const = ps['const']
        fields.append(dict(json=pn, java=jn, type=jt, const=const, required=pn in required))
    byjson = {f['json']: f for f in fields}

    implements = []
    is_data_model = name in DATA_MODELS
    if is_data_model:
        implements.append('TerraDataModel')
        if pkg != BASE_PKG:
            imports.add(BASE_PKG + '.TerraDataModel')
        imports.add(BASE_PKG + '.DataType')
        imports.add(BASE_PKG + '.IdentityKeys')
    data_event_elem = None
    if pkg.endswith('.event') and name.endswith('Event'):
        if name.startswith('LabReport'):
            implements.append('WebhookEvent')
        elif 'data' in byjson and byjson['data']['type'].is_list and 'user' in byjson and 'version' in byjson:
            data_event_elem = byjson['data']['type'].elem_obj
            implements.append('DataEvent<%s>' % data_event_elem)
            imports.add('java.util.List')
        else:
            implements.append('WebhookEvent')

    for f in fields:
        if f['type'].enum:
            imports.add(BASE_PKG + '.enums.' + f['type'].enum)
            imports.add(BASE_PKG + '.support.EnumType')
            if not f['type'].is_list:
                imports.add('java.util.Optional')

    lines = []
    lines.append('package %s;' % pkg)
    lines.append('')
    for imp in sorted(i for i in imports if i.rsplit('.', 1)[0] != pkg):
        lines.append('import %s;' % imp)
    lines.append('')
    origin = ('wire shape of {@code schemas/core/%s.yaml}' % name) if name not in SYNTHETIC else \
        'no schema file; shape from the Tributary spec'
    doc = ['/**', ' * Terra {@code %s} object (%s).' % (name, origin), ' *',
           ' * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back',
           ' * unchanged.']
    enum_fields = [f for f in fields if f['type'].enum]
    if enum_fields:
        doc.append(' *')
        doc.append(' * <p>Enum-valued properties are kept as their raw wire values so that unknown values survive:')
        doc.append(' * <ul>')
        for f in enum_fields:
            doc.append(' *   <li>{@code %s}: {@link %s}</li>' % (f['json'], f['type'].enum))
        doc.append(' * </ul>')
    if any(f['required'] for f in fields):
        doc.append(' *')
        doc.append(' * <p>Required by the schema: %s.' % ', '.join('{@code %s}' % f['json'] for f in fields if f['required']))
    aliases = [(a, c) for (n, a), c in ALIASES.items() if n == name]
    for a, c in aliases:
        doc.append(' *')
        doc.append(' * <p>{@code %s} and {@code %s} are aliases: either is accepted on input and both are written.'
                   % (c, a))
    doc.append(' */')
    lines += doc
    lines.append('@JsonInclude(JsonInclude.Include.%s)' % ('ALWAYS' if WRITE_NULLS.get(name) == '*' else 'NON_NULL'))
    if name in WIRE_ORDER:
        lines.append('@JsonPropertyOrder({%s})' % ', '.join('"%s"' % p for p in WIRE_ORDER[name]))
    comps = []
    for f in fields:
        ann = ('@EnumType(%s.class) ' % f['type'].enum) if f['type'].enum else ''
        if WRITE_NULLS.get(name) != '*' and f['json'] in WRITE_NULLS.get(name, ()):
            ann = '@JsonInclude(JsonInclude.Include.ALWAYS) ' + ann
        comps.append('@JsonProperty("%s") %s%s %s' % (f['json'], ann, f['type'].java, f['java']))
    comps.append('@JsonAnySetter @JsonAnyGetter Map<String, Object> extra')
    impl = (' implements ' + ', '.join(implements)) if implements else ''
    lines.append('public record %s(%s)%s {' % (name, ', '.join(comps), impl))
    lines.append('')
    # compact constructor
    lines.append('    public %s {' % name)
    for f in fields:
        if f['const']:
            lines.append('        if (%s == null) {' % f['java'])
            lines.append('            %s = "%s";' % (f['java'], f['const']))
            lines.append('        }')
    for a, c in aliases:
        ja, jc = byjson[a]['java'], byjson[c]['java']
        lines.append('        if (%s == null) {' % jc)
        lines.append('            %s = %s;' % (jc, ja))
        lines.append('        }')
        lines.append('        %s = %s;' % (ja, jc))
    lines.append('        extra = Extra.copy(extra);')
    lines.append('    }')
    lines.append('')
    # constants
    for f in fields:
        if f['const'] and f['json'] == 'type':
            lines.append('    /** The constant {@code type} of this event. */')
            lines.append('    public static final String TYPE = "%s";' % f['const'])
            lines.append('')
    # data event factory
    if data_event_elem:
        lines.append('    /** A webhook data event for {@code user} carrying {@code data}, with version {@value DataEvent#VERSION}. */')
        lines.append('    public static %s of(TerraUser user, List<%s> data) {' % (name, data_event_elem))
        lines.append('        return builder().user(user).data(data).version(DataEvent.VERSION).build();')
        lines.append('    }')
        lines.append('')
        if 'io.tributary.model.TerraUser' not in imports:
            pass
    if name in EXTRA_METHODS:
        lines.append(EXTRA_METHODS[name])
    # enum accessors
    for f in enum_fields:
        if f['type'].is_list:
            continue
        lines.append('    /** {@code %s} as {@link %s}; empty when absent or not a known value. */' % (f['json'], f['type'].enum))
        lines.append('    public Optional<%s> %sAsEnum() {' % (f['type'].enum, f['java']))
        lines.append('        return %s.of(%s);' % (f['type'].enum, f['java']))
        lines.append('    }')
        lines.append('')
    # data model methods
    if is_data_model:
        lines.append('    @Override')
        lines.append('    public DataType dataType() {')
        lines.append('        return DataType.%s;' % DATA_MODELS[name])
        lines.append('    }')
        lines.append('')
        lines.append('    @Override')
        lines.append('    public String identityKey() {')
        lines.append('        return %s;' % IDENTITY[name])
        lines.append('    }')
        lines.append('')
    if has_samples(name) or is_data_model:
        lines.append('    /**')
        lines.append('     * A copy without time-series sample arrays (for {@code with_samples=false}); see')
        lines.append('     * {@link io.tributary.model.SampleFields}.')
        lines.append('     */')
        if is_data_model:
            lines.append('    @Override')
        lines.append('    public %s withoutSamples() {' % name)
        if not has_samples(name):
            lines.append('        return this;')
        else:
            args = []
            for f in fields:
                jt = f['type']
                if jt.is_list and jt.elem_obj and is_sample_type(jt.elem_obj):
                    args.append('null')
                elif jt.is_list and jt.elem_obj and has_samples(jt.elem_obj):
                    args.append('%s == null ? null : %s.stream().map(e -> e == null ? null : e.withoutSamples()).toList()'
                                % (f['java'], f['java']))
                elif jt.obj and has_samples(jt.obj):
                    args.append('%s == null ? null : %s.withoutSamples()' % (f['java'], f['java']))
                else:
                    args.append(f['java'])
            args.append('extra')
            lines.append('        return new %s(%s);' % (name, ', '.join(args)))
        lines.append('    }')
        lines.append('')
    # builder
    lines.append('    /** A builder with every component unset. */')
    lines.append('    public static Builder builder() {')
    lines.append('        return new Builder();')
    lines.append('    }')
    lines.append('')
    lines.append('    /** A builder initialised with this instance\'s values. */')
    lines.append('    public Builder toBuilder() {')
    lines.append('        Builder b = new Builder();')
    for f in fields:
        lines.append('        b.%s = %s;' % (f['java'], f['java']))
    lines.append('        b.extra.putAll(extra);')
    lines.append('        return b;')
    lines.append('    }')
    lines.append('')
    lines.append('    /** Fluent builder for {@link %s}. */' % name)
    lines.append('    public static final class Builder {')
    for f in fields:
        lines.append('        private %s %s;' % (f['type'].java, f['java']))
    lines.append('        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();')
    lines.append('')
    lines.append('        private Builder() {}')
    lines.append('')
    for f in fields:
        lines.append('        public Builder %s(%s %s) {' % (f['java'], f['type'].java, f['java']))
        lines.append('            this.%s = %s;' % (f['java'], f['java']))
        for other in alias_partners(name, f['json'], byjson):
            lines.append('            this.%s = %s;' % (other, f['java']))
        lines.append('            return this;')
        lines.append('        }')
        lines.append('')
        if f['type'].enum and not f['type'].is_list:
            lines.append('        public Builder %s(%s %s) {' % (f['java'], f['type'].enum, f['java']))
            lines.append('            this.%s = %s == null ? null : %s.value();' % (f['java'], f['java'], f['java']))
            for other in alias_partners(name, f['json'], byjson):
                lines.append('            this.%s = this.%s;' % (other, f['java']))
            lines.append('            return this;')
            lines.append('        }')
            lines.append('')
    lines.append('        /** Adds an unknown (pass-through) property. */')
    lines.append('        public Builder putExtra(String name, Object value) {')
    lines.append('            this.extra.put(name, value);')
    lines.append('            return this;')
    lines.append('        }')
    lines.append('')
    lines.append('        /** Replaces all unknown (pass-through) properties. */')
    lines.append('        public Builder extra(Map<String, Object> extra) {')
    lines.append('            this.extra.clear();')
    lines.append('            if (extra != null) {')
    lines.append('                this.extra.putAll(extra);')
    lines.append('            }')
    lines.append('            return this;')
    lines.append('        }')
    lines.append('')
    lines.append('        public %s build() {' % name)
    lines.append('            return new %s(%s);' % (name, ', '.join([f['java'] for f in fields] + ['extra'])))
    lines.append('        }')
    lines.append('    }')
    lines.append('}')
    return pkg, '\n'.join(lines) + '\n'


def enum_values(name):
    if name in EXTRA_INT_ENUMS:
        return EXTRA_INT_ENUMS[name]
    d = schemas[name]
    if 'oneOf' in d:
        return [(o['const'], o.get('title')) for o in d['oneOf']]
    if 'anyOf' in d:
        return [(o['const'], o.get('title')) for o in d['anyOf']]
    return [(v, None) for v in d['enum']]


INT_ENUM_LABELS = {'TimestampLocalization': {0: 'UTC', 1: 'Local'}}


def gen_enum(name):
    pkg = package_of(name)
    vals = enum_values(name)
    is_int = isinstance(vals[0][0], int)
    lines = ['package %s;' % pkg, '']
    if is_int:
        lines += ['import com.fasterxml.jackson.annotation.JsonCreator;',
                  'import com.fasterxml.jackson.annotation.JsonValue;',
                  'import java.util.HashMap;', 'import java.util.Map;', 'import java.util.Optional;', '']
        lines += ['/**', ' * Terra {@code %s} (numeric enum, serialised as its integer value).' % name, ' *',
                  ' * <p>{@link #fromValue(int)} returns {@code null} for values this version does not know; model records',
                  ' * keep the raw integer so such values are never lost.', ' */']
        lines.append('public enum %s implements TerraIntEnum {' % name)
        consts = []
        used = set()
        for v, title in vals:
            label = title or INT_ENUM_LABELS.get(name, {}).get(v) or str(v)
            c = const_name(label)
            if c in used:
                c = c + '_' + str(v)
            used.add(c)
            consts.append('    %s(%d, "%s")' % (c, v, label.replace('"', '\\"')))
        lines.append(',\n'.join(consts) + ';')
        lines += ['',
                  '    private static final Map<Integer, %s> BY_VALUE = new HashMap<>();' % name, '',
                  '    static {',
                  '        for (%s e : values()) {' % name,
                  '            BY_VALUE.put(e.value, e);',
                  '        }',
                  '    }', '',
                  '    private final int value;',
                  '    private final String label;', '',
                  '    %s(int value, String label) {' % name,
                  '        this.value = value;',
                  '        this.label = label;',
                  '    }', '',
                  '    /** The wire value. */',
                  '    @JsonValue',
                  '    @Override',
                  '    public int value() {',
                  '        return value;',
                  '    }', '',
                  '    /** Human-readable name, as in the Terra documentation. */',
                  '    @Override',
                  '    public String label() {',
                  '        return label;',
                  '    }', '',
                  '    /** The constant for {@code value}, or {@code null} when it is not a known value. */',
                  '    @JsonCreator',
                  '    public static %s fromValue(int value) {' % name,
                  '        return BY_VALUE.get(value);',
                  '    }', '',
                  '    /** The constant for {@code value}; empty when {@code value} is null or unknown. */',
                  '    public static Optional<%s> of(Integer value) {' % name,
                  '        return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));',
                  '    }', '',
                  '    /** Whether {@code value} is a known value. */',
                  '    public static boolean isKnown(Integer value) {',
                  '        return value != null && BY_VALUE.containsKey(value);',
                  '    }',
                  '}']
    else:
        lines += ['import com.fasterxml.jackson.annotation.JsonCreator;',
                  'import com.fasterxml.jackson.annotation.JsonValue;',
                  'import java.util.HashMap;', 'import java.util.Map;', 'import java.util.Optional;', '']
        lines += ['/**', ' * Terra {@code %s} (string enum, serialised as its wire string).' % name, ' *',
                  ' * <p>{@link #fromValue(String)} returns {@code null} for values this version does not know; model',
                  ' * records keep the raw string so such values are never lost.', ' */']
        lines.append('public enum %s implements TerraStringEnum {' % name)
        consts = ['    %s("%s")' % (const_name(v), v) for v, _ in vals]
        lines.append(',\n'.join(consts) + ';')
        lines += ['',
                  '    private static final Map<String, %s> BY_VALUE = new HashMap<>();' % name, '',
                  '    static {',
                  '        for (%s e : values()) {' % name,
                  '            BY_VALUE.put(e.value, e);',
                  '        }',
                  '    }', '',
                  '    private final String value;', '',
                  '    %s(String value) {' % name,
                  '        this.value = value;',
                  '    }', '',
                  '    /** The wire value. */',
                  '    @JsonValue',
                  '    @Override',
                  '    public String value() {',
                  '        return value;',
                  '    }', '',
                  '    /** The constant for {@code value}, or {@code null} when it is null or not a known value. */',
                  '    @JsonCreator',
                  '    public static %s fromValue(String value) {' % name,
                  '        return value == null ? null : BY_VALUE.get(value);',
                  '    }', '',
                  '    /** The constant for {@code value}; empty when {@code value} is null or unknown. */',
                  '    public static Optional<%s> of(String value) {' % name,
                  '        return Optional.ofNullable(fromValue(value));',
                  '    }', '',
                  '    /** Whether {@code value} is a known value. */',
                  '    public static boolean isKnown(String value) {',
                  '        return value != null && BY_VALUE.containsKey(value);',
                  '    }',
                  '}']
    return pkg, HEADER + '\n'.join(lines) + '\n'


def write(pkg, name, src):
    d = os.path.join(OUT, *pkg.split('.')[3:])
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.java'), 'w') as fh:
        fh.write(src)


def main():
    generated = []
    for name in schemas:
        if name in HAND_WRITTEN:
            continue
        k = kind(name)
        if k == 'object':
            pkg, src = gen_record(name)
            src = HEADER + src
        elif k in ('int-enum', 'str-enum'):
            pkg, src = gen_enum(name)
        else:
            print('skip', name, k, file=sys.stderr)
            continue
        write(pkg, name, src)
        generated.append((pkg, name))
    for name in EXTRA_INT_ENUMS:
        pkg, src = gen_enum(name)
        write(pkg, name, src.replace(' * Terra {@code %s} (numeric enum' % name,
                                     ' * Classic planned-workout {@code %s} (numeric enum' % name))
    # SampleFields paths table
    rows = []
    for n in ['Activity', 'Sleep', 'Body', 'Daily', 'Nutrition', 'Menstruation', 'Athlete', 'PlannedWorkout']:
        rows.append((DATA_MODELS[n], sample_paths(n)))
    sf = [HEADER + 'package %s;' % BASE_PKG, '',
          'import java.util.EnumMap;', 'import java.util.List;', 'import java.util.Map;', '',
          '/**',
          ' * JSON paths of the time-series sample arrays of each data type, removed when {@code with_samples=false}.',
          ' *',
          ' * <p>A path is a dot-separated list of JSON property names from the model object (an element of the event',
          ' * {@code data} array); a segment ending in {@code []} is an array whose every element is descended into, e.g.',
          ' * {@code heart_data.ecg_signal[].raw_signal}. The last segment is the sample array to remove. A sample array is',
          ' * an array of {@code *Sample*} objects that carry a {@code timestamp}; summary arrays (laps, TSS, measurements,',
          ' * meals, menstruation intervals, daily glucose patterns, tags, heart-rate zones) are kept. The',
          ' * {@code withoutSamples()} methods of the records remove exactly these paths.',
          ' */',
          'public final class SampleFields {',
          '    private static final Map<DataType, List<String>> PATHS = new EnumMap<>(DataType.class);', '',
          '    static {']
    for dt, paths in rows:
        sf.append('        PATHS.put(DataType.%s, List.of(%s));' % (dt, ', '.join('"%s"' % p for p in paths)))
    sf += ['    }', '',
           '    private SampleFields() {}', '',
           '    /** The sample-array paths of {@code type} (empty for types without samples). */',
           '    public static List<String> paths(DataType type) {',
           '        return PATHS.get(type);',
           '    }',
           '}', '']
    write(BASE_PKG, 'SampleFields', '\n'.join(sf))
    print(len(generated), 'files')


main()

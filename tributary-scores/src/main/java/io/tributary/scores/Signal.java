package io.tributary.scores;

/** The per-day values the scores compare with a personal baseline (docs/scores.md, "Signals"). */
public enum Signal {
    /** Average overnight RMSSD (ms) of the night ending on the day. */
    NIGHT_HRV,
    /** Resting (else lowest) heart rate (bpm) of the night ending on the day. */
    NIGHT_RESTING_HR,
    /** Average breaths per minute of the night ending on the day. */
    NIGHT_BREATHING_RATE,
    /** Average SpO2 (%) of the night ending on the day. */
    NIGHT_SPO2,
    /** Midpoint of the night ending on the day, in minutes after that day's local midnight (negative: before). */
    SLEEP_MIDPOINT,
    /** The day's resting heart rate (bpm): the daily summary's, else the night's. */
    DAY_RESTING_HR,
    /** The day's average RMSSD (ms): the daily summary's, else the night's. */
    DAY_HRV,
    /** The day's average SpO2 (%): daily, else body, else the night's. */
    DAY_SPO2,
    /** Skin (else body) temperature (°C) of the day's body record or daily summary. */
    SKIN_TEMPERATURE,
    /** The day's training load (Banister TRIMP units; docs/scores.md, "Training load"). */
    TRAINING_LOAD
}

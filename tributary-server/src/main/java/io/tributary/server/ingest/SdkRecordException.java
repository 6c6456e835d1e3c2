package io.tributary.server.ingest;

/**
 * A record of an SDK batch that cannot be mapped: which record (its index in the batch), which field and why. A
 * domain error, not an HTTP one: {@link SdkService} turns it into a 400 problem (detail
 * {@code records[1].value: not a number: "many"}, docs/sdk.md#2-upload-records).
 */
final class SdkRecordException extends RuntimeException {
    SdkRecordException(int index, String field, String what) {
        super("records[" + index + "]" + (field.isEmpty() ? "" : "." + field) + ": " + what);
    }
}

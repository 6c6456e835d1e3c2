package io.tributary.standards.fhir;

import io.tributary.model.TerraUser;

/**
 * The person the data is about, as far as Tributary knows them: a pseudonymous Terra user (our user id, the
 * developer's reference id if any, the provider). No name, birth date or gender is ever invented.
 */
public record Subject(String userId, String referenceId, String provider, Boolean active) {

    public static Subject of(TerraUser user) {
        return new Subject(user.userId(), user.referenceId(), user.provider(), user.active());
    }

    /** The FHIR id of the Patient resource. */
    public String patientId() {
        return Ids.of("Patient", userId, "");
    }

    /** A user the developer gave no reference id: known only by our user id and the device. */
    public boolean anonymous() {
        return referenceId == null || referenceId.isBlank();
    }
}

package io.tributary.standards.fhir;

import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The HAPI FHIR validator, offline: the R4 core definitions and the vital-signs profiles from
 * hapi-fhir-validation-resources-r4, UCUM and the other common code systems built in; LOINC (not shipped) is an
 * unknown code system, reported as a warning. Slow to build (seconds), so one per test JVM, shared by every class.
 */
public final class FhirValidation {
    private static volatile FhirValidator validator;

    private FhirValidation() {}

    public static synchronized FhirValidator validator() {
        if (validator == null) {
            var ctx = FhirJson.context();
            var chain = new ValidationSupportChain(
                    new ca.uhn.fhir.context.support.DefaultProfileValidationSupport(ctx),
                    new CommonCodeSystemsTerminologyService(ctx),
                    new InMemoryTerminologyServerValidationSupport(ctx),
                    new SnapshotGeneratingValidationSupport(ctx),
                    new UnknownCodeSystemWarningValidationSupport(ctx));
            FhirInstanceValidator module = new FhirInstanceValidator(chain);
            validator = ctx.newValidator().registerValidatorModule(module);
        }
        return validator;
    }

    /** The errors (and fatal messages) the validator reports for {@code resource}, as readable lines. */
    public static List<String> errors(IBaseResource resource) {
        return validator().validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::line)
                .toList();
    }

    /** Every message (warnings too), for diagnosing. */
    public static List<String> all(IBaseResource resource) {
        return validator().validateWithResult(resource).getMessages().stream()
                .map(FhirValidation::line)
                .toList();
    }

    private static String line(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }
}

package io.tributary.server.api;

import io.tributary.server.export.FhirExportService;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.PublicUrls;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Standards exports (docs/fhir.md): FHIR R4 Bundles. Same authentication as the data API. */
@RestController
@RequestMapping("/v2/export")
public class ExportController {
    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final FhirExportService fhir;
    private final PublicUrls urls;

    public ExportController(FhirExportService fhir, PublicUrls urls) {
        this.fhir = fhir;
        this.urls = urls;
    }

    @GetMapping("/fhir")
    public ResponseEntity<byte[]> fhirBundle(
            EnvironmentRecord env,
            @RequestParam(name = "user_id", required = false) String userId,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(name = "types", required = false) String types) {
        var q = new FhirExportService.BundleQuery(Params.userId(userId), startDate, endDate, types);
        byte[] body = fhir.bundle(env, q, urls.url("/v2/export/fhir"));
        return ResponseEntity.ok().contentType(FHIR_JSON).body(body);
    }
}

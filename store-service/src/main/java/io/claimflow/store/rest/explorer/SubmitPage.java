package io.claimflow.store.rest.explorer;

import io.claimflow.store.service.ClaimQueryService;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The explorer's submit page, {@code /explorer/submit}: a pasted text, a page's URL or a file goes to ingest-service
 * through the store ({@link IngestClient}), and the browser is sent to the document's page, where its claims appear as
 * they are stored. The store passes documents on, rather than the page posting to ingest itself, so the page stays on
 * one origin: no CORS on ingest, and the pages' policy allows no other origin.
 */
@Path("/explorer/submit")
public class SubmitPage {

    /** How long the store waits for a document ingest took to be stored before it shows its page. */
    private static final Duration STORED_WITHIN = Duration.ofSeconds(10);

    private final IngestClient ingest;
    private final PageFetch fetch;
    private final ClaimQueryService claims;
    private final Template page;

    public SubmitPage(
            IngestClient ingest,
            PageFetch fetch,
            ClaimQueryService claims,
            @Location("explorer/submit.html") Template page) {
        this.ingest = ingest;
        this.fetch = fetch;
        this.claims = claims;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "The explorer's submit page (HTML): paste a text, give a URL or upload a file")
    public String form() {
        return page.data("page", SubmitView.empty()).render();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "Submits the form's document to ingest-service, then shows its page (HTML)")
    public Response submit(
            @RestForm String text,
            @RestForm String url,
            @RestForm String title,
            @RestForm String apiKey,
            @RestForm("file") FileUpload file)
            throws InterruptedException {
        SubmitView given = new SubmitView(text, url, title, null, false);
        try {
            return send(given, apiKey, file);
        } catch (IOException e) {
            return refused(given, 503, "ingest-service is not reachable (" + e + "); try again later.", false);
        }
    }

    private Response send(SubmitView given, String apiKey, FileUpload file) throws IOException, InterruptedException {
        String text = given.text();
        String url = given.url();
        String title = given.title();
        IngestClient.Answer answer;
        if (file != null && file.size() > 0) {
            byte[] content = Files.readAllBytes(file.uploadedFile());
            answer = isHtml(file.fileName(), file.contentType())
                    ? ingest.page(content, url, title, apiKey)
                    : ingest.text(new String(content, StandardCharsets.UTF_8), url, title, apiKey);
        } else if (text != null && !text.isBlank()) {
            answer = ingest.text(text, url, title, apiKey);
        } else if (url != null && !url.isBlank()) {
            PageFetch.Fetched fetched = fetch.get(url.strip());
            if (fetched.problem() != null) {
                return refused(given, 400, fetched.problem(), false);
            }
            answer = fetched.html()
                    ? ingest.page(fetched.body(), url, title, apiKey)
                    : ingest.text(new String(fetched.body(), StandardCharsets.UTF_8), url, title, apiKey);
        } else {
            return refused(given, 400, "Paste a text, give a page's URL or choose a file.", false);
        }
        if (!answer.accepted()) {
            return refused(given, answer.status(), answer.detail(), answer.status() == 401);
        }
        awaitStored(answer.documentId());
        return Response.seeOther(URI.create(ExplorerPaths.document(answer.documentId())))
                .build();
    }

    private Response refused(SubmitView given, int status, String problem, boolean needsKey) {
        SubmitView shown = new SubmitView(given.text(), given.url(), given.title(), problem, needsKey);
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(page.data("page", shown).render())
                .build();
    }

    // Ingest answers once Kafka has the document; the store has it a moment later, and its page needs it.
    private void awaitStored(String documentId) throws InterruptedException {
        Instant deadline = Instant.now().plus(STORED_WITHIN);
        while (claims.document(documentId).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    private static boolean isHtml(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html")
                || name.endsWith(".htm")
                || (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html"));
    }
}

package io.claimflow.ingest.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Turns request content into a valid {@link DocumentSubmission}, whatever form it came in: a JSON object, plain text or
 * an HTML page with metadata beside it. Anything invalid throws {@link UnreadableDocument} or a
 * {@link ConstraintViolationException} naming what is wrong.
 */
@ApplicationScoped
public class DocumentReader {

    private final ObjectMapper json;
    private final Validator validator;

    public DocumentReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public DocumentSubmission fromJson(String body) throws JsonProcessingException {
        if (body.isBlank()) {
            throw new UnreadableDocument(
                    UnreadableDocument.Reason.EMPTY,
                    "The body is empty: send a JSON object with at least a 'text' field");
        }
        if (!body.stripLeading().startsWith("{")) {
            throw new UnreadableDocument(
                    UnreadableDocument.Reason.NOT_AN_OBJECT,
                    "The body must be one JSON object with at least a 'text' field");
        }
        return valid(json.readValue(body, DocumentSubmission.class));
    }

    /** A document whose body is its text, metadata beside it. */
    public DocumentSubmission fromText(String text, Metadata metadata) {
        return valid(new DocumentSubmission(
                metadata.id(),
                text,
                metadata.url(),
                metadata.title(),
                metadata.language(),
                metadata.publishedAt(),
                metadata.source()));
    }

    /** An HTML page: its main text; the metadata given beside it wins over what the page declares. */
    public DocumentSubmission fromHtml(String html, Metadata metadata) {
        HtmlDocuments.Page page = HtmlDocuments.read(html, metadata.url());
        if (page.text().isBlank()) {
            throw new UnreadableDocument(UnreadableDocument.Reason.NO_TEXT, "The page has no readable text");
        }
        String published = metadata.publishedAt() != null
                ? metadata.publishedAt()
                : page.publishedAt() == null ? null : page.publishedAt().toString();
        return valid(new DocumentSubmission(
                metadata.id(),
                page.text(),
                or(metadata.url(), page.url()),
                or(metadata.title(), page.title()),
                or(metadata.language(), page.language()),
                published,
                metadata.source()));
    }

    private DocumentSubmission valid(DocumentSubmission submission) {
        if (submission == null) {
            throw new UnreadableDocument(UnreadableDocument.Reason.EMPTY, "The body holds no document");
        }
        Set<ConstraintViolation<DocumentSubmission>> violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return submission;
    }

    private static String or(String given, String declared) {
        return given != null ? given : declared;
    }

    /** Metadata given beside a document's content. */
    public record Metadata(String id, String url, String title, String language, String publishedAt, String source) {}
}

package io.claimflow.engine.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.engine.pack.LanguageResources;
import org.junit.jupiter.api.Test;

/** Cleaning: markup, boilerplate, citations and offsets. */
class TextCleanerTest {

    private static final LanguageResources LANGUAGES = LanguageResources.load();
    private final TextCleaner cleaner =
            new TextCleaner(new HtmlText(), new Boilerplate(LANGUAGES), new Byline(LANGUAGES));

    @Test
    void removesMarkdownHeadingMarksBreadcrumbsAndStrayTags() {
        CleanDocument clean = cleaner.clean("""
                # Politika > Bota > Titulli i temës
                ## someuser
                Men BBC har filmat debatten. här a>
                """);
        assertThat(clean.text().text()).isEqualTo("Titulli i temës\nsomeuser\nMen BBC har filmat debatten. här");
        assertThat(clean.inHeading(0)).isTrue();
        assertThat(clean.inHeading(clean.text().text().indexOf("someuser"))).isTrue();
        assertThat(clean.inHeading(clean.text().text().indexOf("Men"))).isFalse();
    }

    @Test
    void dropsCommentWidgetsShareLinesNoticesAndBylines() {
        CleanDocument clean = cleaner.clean("""
                By Jane Roe
                Authored by John Doe via Example.org,
                The army left the city in 2017.
                Leave a Reply
                You are commenting using your WordPress.com account. Log Out /  Change )
                Follow us on Twitter: @someone
                This article was originally published by Example News
                Creative Commons / Example / Report a typo
                Source
                """);
        assertThat(clean.text().text()).isEqualTo("The army left the city in 2017.");
    }

    @Test
    void keepsUrlsAsCitationsAndJoinsASentenceThatALinkLineBroke() {
        String text = "Footage obtained by the agency\n\nhttps://example.org/video\n\n appears to show "
                + "convoys.\nhttps://example.org/b\n";
        CleanDocument clean = cleaner.clean(text);
        assertThat(clean.text().text()).isEqualTo("Footage obtained by the agency appears to show convoys.");
        assertThat(clean.citations())
                .extracting(Citation::url)
                .containsExactly("https://example.org/video", "https://example.org/b");
        assertThat(clean.citations()).allMatch(Citation::ownLine);
    }

    @Test
    void aLinkThatInterruptedASentenceLeavesNoSpaceBeforeTheComma() {
        assertThat(cleaner.clean("Footage obtained by Al-Masdar\n\nhttps://example.org/video\n\n, and published on "
                                + "Monday, appears to show convoys.")
                        .text()
                        .text())
                .isEqualTo("Footage obtained by Al-Masdar, and published on Monday, appears to show convoys.");
        assertThat(cleaner.clean("<p>The report by <a href=\"https://example.org/r\">the agency</a>, published on "
                                + "Monday, shows convoys.</p><p>The army left.</p>")
                        .text()
                        .text())
                .isEqualTo("The report by the agency, published on Monday, shows convoys.\nThe army left.");
    }

    @Test
    void removesListMarkers() {
        assertThat(cleaner.clean("  1. The force attacked the base.\n  2. The army could not stop it.\n")
                        .text()
                        .text())
                .isEqualTo("The force attacked the base.\nThe army could not stop it.");
    }

    @Test
    void offsetsMapBackToTheOriginal() {
        String text = "## Heading\n\n(TAG) The army left.\n";
        CleanDocument clean = cleaner.clean(text);
        String cleaned = clean.text().text();
        int start = cleaned.indexOf("The army");
        var span = clean.text().originalSpan(start, start + "The army left.".length());
        assertThat(text.substring(span.start(), span.end())).isEqualTo("The army left.");
    }

    @Test
    void readsHtmlWithJsoupKeepingOffsetsAndLinks() {
        String html = "<html><body><h1>Title</h1><p>The army <a href=\"https://example.org/x\">left</a> the city.</p>"
                + "<script>var x = 1;</script><p>Leave a Reply</p></body></html>";
        CleanDocument clean = cleaner.clean(html);
        assertThat(clean.text().text()).isEqualTo("Title\nThe army left the city.");
        assertThat(clean.citations()).extracting(Citation::url).containsExactly("https://example.org/x");
        int start = clean.text().text().indexOf("The");
        assertThat(html.substring(clean.text().origin(start), clean.text().origin(start) + 3))
                .isEqualTo("The");
    }
}

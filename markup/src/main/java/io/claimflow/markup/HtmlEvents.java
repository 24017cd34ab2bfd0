package io.claimflow.markup;

/**
 * What {@link HtmlWalker} finds in a page, in reading order; each reader builds its own text from it. Source offsets
 * are positions in the HTML as parsed by {@link HtmlWalker#parse}, -1 where the parser tracked none.
 */
public interface HtmlEvents {

    /** Visible text as the source has it (white space and all) from {@code sourceStart} to {@code sourceEnd}. */
    void text(String text, int sourceStart, int sourceEnd);

    /** A block element starts or ends here: what follows is not on the same line as what went before. */
    void blockBoundary(int sourceOffset);

    /** A {@code <br>}: a line ends within its block. */
    void lineBreak(int sourceOffset);

    /** The absolute http(s) address of a link whose anchor text went just before; the link starts at the offset. */
    void linkTarget(String url, int sourceOffset);
}

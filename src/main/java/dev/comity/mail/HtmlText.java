package dev.comity.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML mail body into plain text: block elements and {@code <br>} end lines, and text inside
 * {@code <blockquote>} gets a {@code > } per level, so the text pipeline sees quoted replies as quotes.
 */
final class HtmlText implements NodeVisitor {
  private final StringBuilder out = new StringBuilder();
  private int quoteDepth;
  private boolean lineStart = true;

  private HtmlText() {}

  /** The text of {@code html}; never throws (jsoup parses any input). */
  static String of(String html) {
    HtmlText visitor = new HtmlText();
    Element body = Jsoup.parse(html).body();
    body.traverse(visitor);
    return visitor.out.toString().strip();
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      // A no-break space is layout in HTML mail; as a plain space it lets lexicon phrases match across it.
      String text = t.text().replace('\u00a0', ' ');
      if (lineStart) {
        text = text.stripLeading();
      }
      if (!text.isEmpty()) {
        if (lineStart) {
          out.append("> ".repeat(quoteDepth));
        }
        out.append(text);
        lineStart = false;
      }
    } else if (node instanceof Element e) {
      if (e.nameIs("br")) {
        newline();
      } else if (e.nameIs("blockquote")) {
        newline();
        quoteDepth++;
      } else if (e.isBlock()) {
        newline();
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      if (e.nameIs("blockquote")) {
        newline();
        quoteDepth--;
      } else if (e.isBlock()) {
        newline();
      }
    }
  }

  private void newline() {
    if (!lineStart) {
      out.append('\n');
      lineStart = true;
    }
  }
}

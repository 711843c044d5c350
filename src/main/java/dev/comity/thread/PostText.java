package dev.comity.thread;

import dev.comity.api.Span;
import dev.comity.text.Region;
import dev.comity.text.RegionKind;
import dev.comity.text.Segmenter;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a message its author wrote in words: prose regions, without quoted replies, attributions, signatures,
 * patches, code or logs, so that quoting the same parent does not make two replies look alike. Also the links.
 */
record PostText(String text, List<Span> prose, List<Span> urls) {
  /** Longest text segmented; the rest of a huge message adds nothing to thread signals. */
  static final int MAX_CHARS = 64 * 1024;

  static PostText of(String text) {
    String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    // Pipermail replaces attachments by a notice after a "next part" line, and Mailman appends its footer after a
    // rule: what follows either is not the author's words.
    int end = cut(t, cut(t, t.length(), ATTACHMENTS), FOOTER_RULE);
    // A body pipermail scrubbed whole is only its notice ("An HTML attachment was scrubbed..."): cut at that line.
    int scrubbed = t.indexOf(SCRUBBED);
    if (scrubbed >= 0 && scrubbed < end) {
      end = t.lastIndexOf('\n', scrubbed) + 1;
    }
    List<Span> prose = new ArrayList<>();
    List<Span> urls = new ArrayList<>();
    for (Region r : Segmenter.segment(t)) {
      if (r.span().start() >= end) {
        break;
      }
      Span span = new Span(r.span().start(), Math.min(r.span().end(), end));
      if (r.kind() == RegionKind.PROSE) {
        prose.add(span);
      } else if (r.kind() == RegionKind.URL && r.quoteDepth() == 0) {
        urls.add(span);
      }
    }
    return new PostText(t, List.copyOf(prose), List.copyOf(urls));
  }

  private static final String ATTACHMENTS = "-------------- next part --------------";
  private static final String SCRUBBED = " was scrubbed...";
  /** Mailman's list footer, which every message of some archives carries. */
  private static final String FOOTER_RULE = "______________________________________________";

  private static int cut(String text, int end, String marker) {
    int at = text.indexOf(marker);
    return at >= 0 && at < end ? at : end;
  }

  /**
   * Word tokens of the prose: maximal runs of letters and digits, as spans into the text. Callers compare them
   * case-insensitively.
   */
  List<Span> words() {
    List<Span> words = new ArrayList<>();
    for (Span s : prose) {
      int i = s.start();
      while (i < s.end()) {
        while (i < s.end() && !Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < s.end() && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        if (i > start) {
          words.add(new Span(start, i));
        }
      }
    }
    return words;
  }
}

package dev.comity.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads an upstream CSV file with a header row (quoted fields may hold delimiters and newlines) into rows that know the
 * file and line they came from, so every data problem is reported as {@code file:line}.
 */
final class CsvRows {
  private CsvRows() {}

  /** One record; {@link #get} fails with the location when a column is missing. */
  record Row(Path file, long line, CSVRecord record) implements Located {
    String get(String column) throws IOException {
      if (!record.isMapped(column)) {
        throw problem("no column '" + column + "'; the header has " + record.getParser().getHeaderNames());
      }
      if (!record.isSet(column)) {
        throw problem("row has " + record.size() + " fields, too few for column '" + column + "'");
      }
      return record.get(column);
    }

    @Override
    public IOException problem(String message) {
      return new IOException(file + ":" + line + ": " + message);
    }
  }

  static List<Row> read(Path file, char delimiter) throws IOException {
    String content = readUtf8(file);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
            .get();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(content, format)) {
      Iterator<CSVRecord> it = parser.iterator();
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        if (!it.hasNext()) {
          break;
        }
        rows.add(new Row(file, line, it.next()));
      }
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw new IOException(file + ": malformed CSV: " + e.getMessage(), e);
    }
    return rows;
  }

  static String readUtf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not valid UTF-8 (" + e + ")", e);
    }
  }
}

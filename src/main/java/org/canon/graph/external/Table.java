package org.canon.graph.external;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceFile;

/**
 * Reads a publisher's table (tab- or comma-separated with a header row, or a workbook's sheet, see
 * {@link WorkbookTable}) by column name, so that extra columns and any column order are accepted. A missing required column stops the file with an error naming the file,
 * the column and the columns found; a row without a field for every required column, or with more fields than
 * the header, and a row whose handler throws {@link IllegalArgumentException} (e.g. a bad code), are reported
 * with the file and line, and reading goes on.
 *
 * <pre>{@code
 * Table.read(file, Table.TAB, List.of("O*NET-SOC Code", "Title"), problems,
 *         row -> graph.concept(row.code("O*NET-SOC Code", Table.ONET_CODE), row.get("Title")));
 * }</pre>
 */
final class Table {
    static final char TAB = '\t';
    static final char COMMA = ',';

    /** Code formats: O*NET-SOC (15-1211.01), SOC (15-1211), ISCO-08 (1 to 4 digits), O*NET element (2.A.2.a). */
    static final Pattern ONET_CODE = Pattern.compile("\\d{2}-\\d{4}\\.\\d{2}");
    static final Pattern SOC_CODE = Pattern.compile("\\d{2}-\\d{4}");
    static final Pattern ISCO_CODE = Pattern.compile("\\d{1,4}");
    static final Pattern ELEMENT_ID = Pattern.compile("\\d+(\\.[A-Za-z0-9]+)*");
    static final Pattern HTTP_IRI = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");

    private Table() {}

    /**
     * Where the table of a workbook is: the sheet (null: the first sheet with a header row holding every required
     * column) and the name of the column whose header cell is blank (null: none; BLS leaves the title column of
     * {@code soc_structure_2018.xlsx} unnamed). Text files ignore it.
     */
    record Sheet(String name, String blankHeader) {
        static final Sheet FIRST_WITH_HEADER = new Sheet(null, null);
    }

    /**
     * One row: its values by column name and the line it starts on; for a workbook's row, the file is given with
     * its sheet ({@code file, sheet 'name'}) and the line is the row number Excel shows.
     */
    record Row(String file, long line, Map<String, String> values) {

        /** The value of a column, trimmed; empty when the column is absent or the field is empty. */
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.trim();
        }

        /** The value of a required column, trimmed, checked against a format. */
        String code(String column, Pattern format) {
            String v = get(column);
            if (!format.matcher(v).matches()) {
                throw new IllegalArgumentException("bad code format: " + column + " '" + values.get(column)
                        + "' is not " + describe(format));
            }
            return v;
        }

        /** The value of the first column whose name starts with {@code prefix} (BLS dates its comment column). */
        String startingWith(String prefix) {
            return values.keySet().stream().filter(k -> k.startsWith(prefix)).findFirst().map(this::get).orElse("");
        }

        /** A multi-valued cell (ESCO's alt labels, schemes): one value per line, or per comma after an IRI. */
        List<String> list(String column) {
            return Arrays.stream(get(column).split("\\R|,(?=\\s*https?://)")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList();
        }
    }

    private static String describe(Pattern format) {
        if (format == ONET_CODE) return "an O*NET-SOC code (NN-NNNN.NN)";
        if (format == SOC_CODE) return "a SOC code (NN-NNNN)";
        if (format == ISCO_CODE) return "an ISCO-08 code (1 to 4 digits)";
        if (format == ELEMENT_ID) return "an O*NET element ID (e.g. 2.A.2.a)";
        if (format == HTTP_IRI) return "an http(s) IRI";
        return "of the form " + format.pattern();
    }

    /**
     * Reads every row of {@code file} into {@code each}: a workbook ({@code .xlsx}, {@code .xls}) from the first
     * sheet with a header row holding every required column, a text file split at {@code delimiter}.
     *
     * @throws SourceException when the file cannot be read or lacks a required column
     */
    static void read(SourceFile file, char delimiter, List<String> required, Problems problems, Consumer<Row> each) {
        read(file, delimiter, Sheet.FIRST_WITH_HEADER, required, problems, each);
    }

    /** Reads every row of {@code file} into {@code each}; a workbook's table is the one {@code sheet} locates. */
    static void read(SourceFile file, char delimiter, Sheet sheet, List<String> required, Problems problems,
                     Consumer<Row> each) {
        if (WorkbookTable.isWorkbook(file)) {
            WorkbookTable.read(file, sheet, required, problems, each);
            return;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = withoutBom(file); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> columns = parser.getHeaderNames().stream().map(WorkbookTable::headerName).toList();
            List<String> missing = required.stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new SourceException(file.name() + ": missing required column(s) " + quoted(missing)
                        + " (columns found: " + quoted(columns) + ")");
            }
            int needed = required.stream().mapToInt(columns::indexOf).max().orElse(-1) + 1;
            long end = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                long line = end + 1;
                end = parser.getCurrentLineNumber();
                if (record.size() < needed || record.size() > columns.size()) {
                    problems.at(file.name(), line, "malformed row: expected " + columns.size() + " fields, found "
                            + record.size());
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    values.putIfAbsent(columns.get(i), record.get(i));
                }
                try {
                    each.accept(new Row(file.name(), line, values));
                } catch (IllegalArgumentException e) {
                    problems.at(file.name(), line, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new SourceException(file.name() + ": cannot read: " + e.getMessage());
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // Commons CSV: a stray quote, a bad header and the like; its message gives the line
            throw new SourceException(file.name() + ": malformed file: " + e.getMessage());
        }
    }

    private static Reader withoutBom(SourceFile file) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8));
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }
}

package org.canon.graph.external;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceFile;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the table of a publisher's workbook ({@code .xlsx} with Apache POI's streaming reader, {@code .xls} with
 * its HSSF model) into {@link Table.Row}s, the way {@link Table} reads a text file. Publishers put title rows
 * above their tables (BLS: 5 to 8 rows), so the header row is the first row, within the first
 * {@value #HEADER_SEARCH_ROWS} rows of a sheet, that holds every required column; header cells are compared
 * with runs of whitespace and line breaks made one space. The sheet is the one named, or else the first sheet
 * with such a header row. Cell values are the text Excel shows ({@link DataFormatter}, US locale): a code typed
 * as a number stays {@code 1120}, a zero-padded format keeps {@code 0110}, a formula gives its cached result.
 *
 * <p>Rows are reported as {@code file, sheet 'name'} and the row number Excel shows. A workbook without such a
 * header row, a header row that lacks a required column, and a sheet that is not there are errors naming the file
 * and the sheet (and the row of the header that came closest, with the columns it has); a value in a column
 * without a header is a problem of its row, with the column's letter.
 */
final class WorkbookTable {
    /** How far down a sheet the header row is looked for. */
    static final int HEADER_SEARCH_ROWS = 50;
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private WorkbookTable() {}

    /** Whether the file is read as a workbook (by its extension). */
    static boolean isWorkbook(SourceFile file) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls");
    }

    /** A header cell as compared with the required column names: whitespace runs made one space, trimmed. */
    static String headerName(String cell) {
        return SPACE.matcher(cell).replaceAll(" ").strip();
    }

    /**
     * Reads the table of {@code file} located by {@code where} into {@code each}.
     *
     * @throws SourceException when the file is not a readable workbook, the sheet named is not there, or no
     *                         sheet has a header row with every required column
     */
    static void read(SourceFile file, Table.Sheet where, List<String> required, Problems problems,
                     Consumer<Table.Row> each) {
        List<SheetTable> tried = new ArrayList<>();
        List<String> sheets = new ArrayList<>();
        boolean found;
        try (InputStream in = FileMagic.prepareToCheckMagic(file.open())) {
            FileMagic magic = FileMagic.valueOf(in);
            SheetSource source = switch (magic) {
                case OOXML -> WorkbookTable::xlsx;
                case OLE2 -> WorkbookTable::xls;
                default -> throw new SourceException(file.name() + ": not an Excel workbook (.xlsx or .xls)"
                        + (magic == FileMagic.UNKNOWN ? "" : "; it holds " + magic.name()));
            };
            found = source.sheets(in, (name, rows) -> {
                sheets.add(name);
                if (where.name() != null && !headerName(name).equalsIgnoreCase(where.name())) {
                    return false;
                }
                SheetTable table = new SheetTable(file, name, where.blankHeader(), required, problems, each);
                tried.add(table);
                rows.accept(table::row);
                return table.columns != null;
            });
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            if (e instanceof SourceException s) {
                throw s;
            }
            throw new SourceException(file.name() + ": not a readable workbook: "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        if (!found) {
            throw notFound(file, where, required, sheets, tried);
        }
    }

    private static SourceException notFound(SourceFile file, Table.Sheet where, List<String> required,
                                            List<String> sheets, List<SheetTable> tried) {
        if (tried.isEmpty()) {
            return new SourceException(file.name() + ": no sheet '" + where.name() + "' (sheets: "
                    + Table.quoted(sheets) + ")");
        }
        SheetTable closest = tried.stream().max(Comparator.comparingLong(t -> t.closestFound)).orElseThrow();
        if (closest.closestFound > 0) {
            List<String> missing = required.stream().filter(c -> !closest.closestColumns.contains(c)).toList();
            return new SourceException(closest.place + ", row " + closest.closestRow + ": missing required column(s) "
                    + Table.quoted(missing) + " (columns found: " + Table.quoted(closest.closestColumns.stream()
                    .filter(c -> !c.isEmpty()).toList()) + ")");
        }
        return new SourceException(file.name() + ": no header row found: no row among the first " + HEADER_SEARCH_ROWS
                + " of sheet(s) " + Table.quoted(tried.stream().map(t -> t.sheet).toList()) + " has the columns "
                + Table.quoted(required));
    }

    /** Where the sheets of a workbook come from: each sheet's name and its rows, in the workbook's order. */
    @FunctionalInterface
    private interface SheetSource {
        /** Whether a visited sheet held the table. */
        boolean sheets(InputStream in, SheetVisitor visitor) throws IOException, OpenXML4JException, SAXException;
    }

    /** Gets each sheet's name and a way to stream its rows; answers whether the table was found (stop). */
    @FunctionalInterface
    private interface SheetVisitor {
        boolean sheet(String name, Consumer<RowConsumer> rows);
    }

    /** One row: its number as Excel shows it and each cell's text by column (0 = A), "" for an empty cell. */
    @FunctionalInterface
    private interface RowConsumer {
        void row(int number, List<String> cells);
    }

    private static DataFormatter formatter() {
        DataFormatter f = new DataFormatter(Locale.US);
        f.setUseCachedValuesForFormulaCells(true);
        return f;
    }

    private static boolean xlsx(InputStream in, SheetVisitor visitor) throws IOException, OpenXML4JException, SAXException {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            SharedStrings strings = new PlainStrings(new ReadOnlySharedStringsTable(pkg, false));
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    if (visitor.sheet(it.getSheetName(), rows -> parse(sheet,
                            new XSSFSheetXMLHandler(styles, strings, new Contents(rows), formatter(), false)))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static void parse(InputStream sheet, XSSFSheetXMLHandler handler) {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(sheet));
        } catch (SAXException e) {
            throw e.getException() instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The workbook's shared strings as plain strings, each converted once: POI's table builds a rich-text object for
     * every cell that uses one, which takes more time than the rest of reading a sheet; only the text is used here.
     */
    private static final class PlainStrings implements SharedStrings {
        private final SharedStrings strings;
        private final RichTextString[] plain;

        PlainStrings(SharedStrings strings) {
            this.strings = strings;
            this.plain = new RichTextString[strings.getUniqueCount()];
        }

        @Override
        public RichTextString getItemAt(int idx) {
            if (plain[idx] == null) {
                plain[idx] = new HSSFRichTextString(strings.getItemAt(idx).getString());
            }
            return plain[idx];
        }

        @Override
        public int getCount() {
            return strings.getCount();
        }

        @Override
        public int getUniqueCount() {
            return strings.getUniqueCount();
        }
    }

    /** Collects the cells of each row from POI's streaming handler. */
    private static final class Contents implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowConsumer rows;
        private final List<String> cells = new ArrayList<>();
        private int next;

        Contents(RowConsumer rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            next = 0;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int column = ref == null ? next : column(ref);
            set(cells, column, value);
            next = column + 1;
        }

        /** The column of a cell reference such as "AB12" (27), without the parsing of {@link CellReference}. */
        private static int column(String ref) {
            int column = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                column = column * 26 + Character.toUpperCase(ref.charAt(i)) - 'A' + 1;
            }
            return column - 1;
        }

        @Override
        public void endRow(int rowNum) {
            rows.row(rowNum + 1, cells);
        }
    }

    private static boolean xls(InputStream in, SheetVisitor visitor) throws IOException {
        DataFormatter formatter = formatter();
        try (Workbook workbook = WorkbookFactory.create(in)) {
            for (Sheet sheet : workbook) {
                boolean found = visitor.sheet(sheet.getSheetName(), rows -> {
                    for (Row row : sheet) {
                        List<String> cells = new ArrayList<>();
                        for (Cell cell : row) {
                            set(cells, cell.getColumnIndex(), formatter.formatCellValue(cell));
                        }
                        rows.row(row.getRowNum() + 1, cells);
                    }
                });
                if (found) {
                    return true;
                }
            }
            return false;
        }
    }

    private static void set(List<String> cells, int column, String value) {
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, value == null ? "" : value);
    }

    /** The table of one sheet: finds the header row, then hands on the data rows. */
    private static final class SheetTable {
        private final String place;
        private final String sheet;
        private final String blankHeader;
        private final List<String> required;
        private final Problems problems;
        private final Consumer<Table.Row> each;
        private List<String> columns;
        private int closestRow;
        private List<String> closestColumns = List.of();
        private long closestFound;

        SheetTable(SourceFile file, String sheet, String blankHeader, List<String> required, Problems problems,
                   Consumer<Table.Row> each) {
            this.place = file.name() + ", sheet '" + sheet + "'";
            this.sheet = sheet;
            this.blankHeader = blankHeader;
            this.required = required;
            this.problems = problems;
            this.each = each;
        }

        void row(int number, List<String> cells) {
            if (columns == null) {
                header(number, cells);
                return;
            }
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                String name = i < columns.size() ? columns.get(i) : "";
                if (!name.isEmpty()) {
                    values.putIfAbsent(name, cells.get(i));
                } else if (!cells.get(i).isBlank()) {
                    problems.at(place, number, "a value in column " + CellReference.convertNumToColString(i)
                            + ", which has no header: '" + cells.get(i) + "'");
                    return;
                }
            }
            try {
                each.accept(new Table.Row(place, number, values));
            } catch (IllegalArgumentException e) {
                problems.at(place, number, e.getMessage());
            }
        }

        private static int firstBlankAfterANamedCell(List<String> names) {
            int i = 0;
            while (i < names.size() && names.get(i).isEmpty()) {
                i++;
            }
            while (i < names.size() && !names.get(i).isEmpty()) {
                i++;
            }
            return i;
        }

        private void header(int number, List<String> cells) {
            if (number > HEADER_SEARCH_ROWS) {
                return;
            }
            List<String> names = new ArrayList<>(cells.stream().map(WorkbookTable::headerName).toList());
            long found = required.stream().filter(names::contains).count();
            if (found > 0 && blankHeader != null && !names.contains(blankHeader)) {
                set(names, firstBlankAfterANamedCell(names), blankHeader);
                found = required.stream().filter(names::contains).count();
            }
            if (found == required.size()) {
                columns = names;
            } else if (found > closestFound) {
                closestFound = found;
                closestRow = number;
                closestColumns = names;
            }
        }
    }
}

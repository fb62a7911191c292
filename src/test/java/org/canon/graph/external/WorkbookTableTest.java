package org.canon.graph.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Reading a table from a workbook, in .xlsx and .xls: the header row below title rows, the sheet, cell values as
 * the text Excel shows, and the errors of a workbook whose table cannot be found.
 */
class WorkbookTableTest {
    final Problems problems = new Problems();

    /** A workbook of the given extension, filled by {@code fill}, as a source file named {@code name}. */
    static SourceFile workbook(String name, Consumer<Workbook> fill) {
        Supplier<Workbook> create = name.endsWith(".xls") ? HSSFWorkbook::new : XSSFWorkbook::new;
        try (Workbook wb = create.get(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(wb);
            wb.write(out);
            byte[] bytes = out.toByteArray();
            return new SourceFile("folder/" + name, () -> new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cells of one row from strings ("" leaves the cell out) and numbers. */
    static void row(Sheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (!"".equals(cells[c])) {
                row.createCell(c).setCellValue(String.valueOf(cells[c]));
            }
        }
    }

    List<Table.Row> read(SourceFile file, Table.Sheet sheet, String... required) {
        List<Table.Row> rows = new ArrayList<>();
        Table.read(file, Table.TAB, sheet, List.of(required), problems, rows::add);
        return rows;
    }

    /** BLS's layout: title rows, an empty row, the header, data rows. */
    static void blsSheet(Workbook wb, String name) {
        Sheet s = wb.createSheet(name);
        row(s, 0, "U.S. Bureau of Labor Statistics");
        row(s, 1, "On behalf of the Standard Occupational Classification Policy Committee (SOCPC)");
        row(s, 3, "November 2017");
        row(s, 6, "2010 SOC Code", "2010 SOC Title", "2018 SOC Code", "2018 SOC Title");
        row(s, 7, "11-1011", "Chief Executives", "11-1011", "Chief Executives");
        row(s, 9, "15-1121", "Computer Systems Analysts", "15-1211", "Computer Systems Analysts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soc.xlsx", "soc.xls"})
    void headerRowBelowTheTitleRows(String name) {
        List<Table.Row> rows = read(workbook(name, wb -> blsSheet(wb, "Sorted by 2010")), Table.Sheet.FIRST_WITH_HEADER,
                "2010 SOC Code", "2018 SOC Code");
        assertThat(rows).extracting(r -> r.get("2010 SOC Code") + " " + r.get("2018 SOC Title"))
                .containsExactly("11-1011 Chief Executives", "15-1121 Computer Systems Analysts");
        // rows as Excel numbers them, the empty row 9 skipped; the place names the file and the sheet
        assertThat(rows).extracting(Table.Row::line).containsExactly(8L, 10L);
        assertThat(rows.get(0).file()).isEqualTo("folder/" + name + ", sheet 'Sorted by 2010'");
        assertThat(problems.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"codes.xlsx", "codes.xls"})
    void cellsAreTheTextExcelShows(String name) {
        SourceFile file = workbook(name, wb -> {
            Sheet s = wb.createSheet("ISCO");
            row(s, 0, "Level", "ISCO-08 Code", "Data Value", "Sum");
            row(s, 1, 4, 1120, 4.5, "");
            row(s, 2, 4, 110, 0.125, "");
            CellStyle fourDigits = wb.createCellStyle();
            fourDigits.setDataFormat(wb.createDataFormat().getFormat("0000"));
            s.getRow(2).getCell(1).setCellStyle(fourDigits);
            s.getRow(1).createCell(3).setCellFormula("B2+1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        List<Table.Row> rows = read(file, Table.Sheet.FIRST_WITH_HEADER, "Level", "ISCO-08 Code", "Data Value");
        assertThat(rows).extracting(r -> r.get("Level") + "|" + r.get("ISCO-08 Code") + "|" + r.get("Data Value") + "|" + r.get("Sum"))
                .containsExactly("4|1120|4.5|1121", "4|0110|0.125|");
    }

    @ParameterizedTest
    @ValueSource(strings = {"isco-soc.xlsx", "isco-soc.xls"})
    void theSheetNamedOrTheFirstWithTheHeader(String name) {
        SourceFile file = workbook(name, wb -> {
            wb.createSheet("Notes");
            Sheet isco = wb.createSheet("ISCO-08 to 2010 SOC");
            row(isco, 0, "ISCO-08 Code", "part", "2010 SOC Code");
            row(isco, 1, "2511", "*", "15-1121");
            Sheet soc = wb.createSheet("2010 SOC to ISCO-08");
            row(soc, 0, "2010 SOC Code", "part", "ISCO-08 Code");
            row(soc, 1, "15-1121", "", "2511");
        });
        assertThat(read(file, new Table.Sheet("2010 SOC to ISCO-08", null), "ISCO-08 Code", "2010 SOC Code"))
                .extracting(r -> r.get("part")).containsExactly("");
        assertThat(read(file, Table.Sheet.FIRST_WITH_HEADER, "ISCO-08 Code", "2010 SOC Code"))
                .extracting(r -> r.get("part")).containsExactly("*");
        assertThatThrownBy(() -> read(file, new Table.Sheet("ISCO-08 to 2018 SOC", null), "ISCO-08 Code"))
                .isInstanceOf(SourceException.class)
                .hasMessage("folder/" + name + ": no sheet 'ISCO-08 to 2018 SOC' (sheets: 'Notes', 'ISCO-08 to 2010 SOC', "
                        + "'2010 SOC to ISCO-08')");
    }

    @Test
    void headerCellsMatchWhateverTheirSpacingAndABlankHeaderCanBeNamed() {
        SourceFile file = workbook("structure.xlsx", wb -> {
            Sheet s = wb.createSheet("2018 Structure");
            row(s, 0, "U.S. Bureau of Labor Statistics");
            row(s, 2, " Major\nGroup ", "Minor  Group", "");
            row(s, 3, "15-0000", "", "Computer and Mathematical Occupations");
        });
        assertThat(read(file, new Table.Sheet(null, "Title"), "Major Group", "Minor Group", "Title"))
                .extracting(r -> r.get("Major Group") + " " + r.get("Title"))
                .containsExactly("15-0000 Computer and Mathematical Occupations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad.xlsx", "bad.xls"})
    void noHeaderRowNamesTheFileTheSheetsAndTheColumns(String name) {
        SourceFile file = workbook(name, wb -> {
            Sheet s = wb.createSheet("Sorted by 2010");
            row(s, 0, "U.S. Bureau of Labor Statistics");
            row(s, 1, "11-1011", "Chief Executives");
        });
        assertThatThrownBy(() -> read(file, Table.Sheet.FIRST_WITH_HEADER, "2010 SOC Code", "2018 SOC Code"))
                .isInstanceOf(SourceException.class)
                .hasMessage("folder/" + name + ": no header row found: no row among the first 50 of sheet(s) 'Sorted by 2010' "
                        + "has the columns '2010 SOC Code', '2018 SOC Code'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad.xlsx", "bad.xls"})
    void missingColumnNamesTheFileSheetRowAndColumn(String name) {
        SourceFile file = workbook(name, wb -> {
            Sheet s = wb.createSheet("Sorted by 2010");
            row(s, 0, "U.S. Bureau of Labor Statistics");
            row(s, 4, "2010 SOC Code", "2010 SOC Title", "2018 Code", "2018 SOC Title");
            row(s, 5, "11-1011", "Chief Executives", "11-1011", "Chief Executives");
        });
        assertThatThrownBy(() -> read(file, Table.Sheet.FIRST_WITH_HEADER, "2010 SOC Code", "2018 SOC Code"))
                .isInstanceOf(SourceException.class)
                .hasMessage("folder/" + name + ", sheet 'Sorted by 2010', row 5: missing required column(s) '2018 SOC Code' "
                        + "(columns found: '2010 SOC Code', '2010 SOC Title', '2018 Code', '2018 SOC Title')");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad.xlsx", "bad.xls"})
    void badRowsNameTheFileSheetRowAndColumn(String name) {
        SourceFile file = workbook(name, wb -> {
            blsSheet(wb, "Sorted by 2010");
            row(wb.getSheetAt(0), 10, "15-11X1", "Bad Code", "15-1211", "Computer Systems Analysts");
            row(wb.getSheetAt(0), 11, "15-1122", "Information Security Analysts", "15-1212", "Information Security Analysts",
                    "", "a note");
        });
        Table.read(file, Table.TAB, List.of("2010 SOC Code", "2018 SOC Code"), problems,
                row -> row.code("2010 SOC Code", Table.SOC_CODE));
        assertThatThrownBy(() -> problems.throwIfAny("Cannot import")).hasMessageContaining(
                "folder/" + name + ", sheet 'Sorted by 2010', row 11: bad code format: 2010 SOC Code '15-11X1' is not a SOC code")
                .hasMessageContaining("folder/" + name + ", sheet 'Sorted by 2010', row 12: a value in column F, which has no "
                        + "header: 'a note'");
    }

    @Test
    void aFileThatIsNotAWorkbookIsNamed() {
        SourceFile file = new SourceFile("folder/soc_structure_2018.xlsx",
                () -> new ByteArrayInputStream("Major Group\tTitle\n".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> read(file, Table.Sheet.FIRST_WITH_HEADER, "Major Group"))
                .isInstanceOf(SourceException.class).hasMessageStartingWith("folder/soc_structure_2018.xlsx: not an Excel workbook");
    }
}

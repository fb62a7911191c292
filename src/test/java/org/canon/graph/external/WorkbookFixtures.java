package org.canon.graph.external;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.canon.graph.TestStores;

/**
 * The text fixtures ({@link Fixtures}) as the publishers publish them, written with POI at test time under
 * target/: O*NET's Excel release (one workbook per file, header in row 1, numbers as numbers), BLS's SOC 2018
 * workbooks (title rows above the header, the title column's header cell blank), the ILO's ISCO-08 workbook (level
 * as a number, an empty second sheet), BLS's 2010-to-2018 crosswalk (eight title rows, header cells with a line
 * break and a trailing space), BLS's ISCO-SOC workbook (.xls, two sheets: ISCO-08 to SOC and SOC to ISCO-08, the
 * ISCO-08 codes as numbers with a four-digit format) and O*NET's crosswalk workbook (three title rows). ESCO's CSV
 * files are copied as they are.
 */
final class WorkbookFixtures {
    static final String ISCO_SOC_WORKBOOK = "ISCO_SOC_Crosswalk.xls";
    private static final List<String> BLS_TITLE = List.of("U.S. Bureau of Labor Statistics",
            "On behalf of the Office of Management and Budget (OMB) and the Standard Occupational Classification "
                    + "Policy Committee (SOCPC)", "", "November 2017 (for reference year January 2018)",
            "***This is the final structure for the 2018 SOC. Questions should be emailed to soc@bls.gov***", "", "");
    private static final Set<String> NUMBERS = Set.of("Data Value", "N", "Standard Error", "Lower CI Bound",
            "Upper CI Bound", "Index", "Level");

    private WorkbookFixtures() {}

    /** A new folder under target/ holding the publishers' files made from the text fixtures, nothing else. */
    static Path originals() {
        Path to = TestStores.newFolder("external-originals");
        Path from = Fixtures.root();
        try {
            for (String dir : List.of("onet", "soc", "isco", "esco", "crosswalks")) {
                Files.createDirectories(to.resolve(dir));
            }
            try (Stream<Path> onet = Files.list(from.resolve("onet"))) {
                for (Path file : onet.toList()) {
                    String name = file.getFileName().toString().replaceAll("\\.(txt|tsv)$", "");
                    xlsx(to.resolve("onet/" + name + ".xlsx"), wb -> sheet(wb, name, List.of(), read(file)));
                }
            }
            List<List<String>> structure = read(from.resolve("soc/soc_structure_2018.tsv"));
            structure.get(0).set(4, "");
            xlsx(to.resolve("soc/soc_structure_2018.xlsx"), wb -> sheet(wb, "2018 Structure", BLS_TITLE, structure));
            xlsx(to.resolve("soc/soc_2018_definitions.xlsx"),
                    wb -> sheet(wb, "2018 SOC", BLS_TITLE, read(from.resolve("soc/soc_2018_definitions.tsv"))));
            xlsx(to.resolve("isco/ISCO-08 EN Structure and definitions.xlsx"), wb -> {
                sheet(wb, "ISCO-08 EN Struct and defin", List.of(), read(from.resolve("isco/isco08_structure_and_definitions.tsv")));
                wb.createSheet("Sheet1");
            });
            try (Stream<Path> esco = Files.list(from.resolve("esco"))) {
                for (Path file : esco.toList()) {
                    Files.copy(file, to.resolve("esco").resolve(file.getFileName().toString()));
                }
            }
            crosswalks(from.resolve("crosswalks"), to.resolve("crosswalks"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    private static void crosswalks(Path from, Path to) {
        List<List<String>> soc = read(from.resolve("bls_soc_2010_to_2018_crosswalk.tsv"));
        soc.get(0).set(0, "2010 SOC\nCode");
        soc.get(0).set(2, "2018 SOC Code ");
        List<String> title = new ArrayList<>(BLS_TITLE.subList(0, 4));
        title.addAll(List.of("", "***Questions should be emailed to soc@bls.gov***", "", ""));
        xlsx(to.resolve("soc_2010_to_2018_crosswalk.xlsx"), wb -> sheet(wb, "Sorted by 2010", title, soc));

        List<List<String>> onet = read(from.resolve("onet_2019_to_SOC_2018_Crosswalk.csv"));
        xlsx(to.resolve("2019_to_SOC_Crosswalk.xlsx"), wb -> sheet(wb, "2019 to SOC",
                List.of("O*NET-SOC 2019 Taxonomy to 2018 SOC Crosswalk", "", ""), onet));

        List<List<String>> isco = read(from.resolve("bls_isco08_to_soc2010.tsv"));
        List<String> blsIsco = List.of("Bureau of Labor Statistics",
                "On behalf of the Standard Occupational Classification Policy Committee (SOCPC)", "",
                "August 2012 (Updated June 2015)", "Questions should be emailed to soc@bls.gov", "");
        write(to.resolve(ISCO_SOC_WORKBOOK), new HSSFWorkbook(), wb -> {
            CellStyle fourDigits = wb.createCellStyle();
            fourDigits.setDataFormat(wb.createDataFormat().getFormat("0000"));
            sheet(wb, "ISCO-08 to 2010 SOC", blsIsco, isco);
            sheet(wb, "2010 SOC to ISCO-08", blsIsco, socToIsco(isco));
            for (Sheet sheet : wb) {
                int column = sheet.getSheetName().startsWith("ISCO") ? 0 : 3;
                for (Row row : sheet) {
                    Cell cell = row.getCell(column);
                    if (row.getRowNum() > blsIsco.size() && cell != null) {
                        double code = Double.parseDouble(cell.getStringCellValue());
                        cell.setCellValue(code);
                        cell.setCellStyle(fourDigits);
                    }
                }
            }
        });
    }

    /**
     * BLS's second sheet: the same pairs from the SOC side, the partial marking ("*") seen from there (a SOC
     * occupation matched to several ISCO-08 groups), which is not the first sheet's.
     */
    private static List<List<String>> socToIsco(List<List<String>> isco) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : isco) {
            String part = r == isco.get(0) ? r.get(2)
                    : isco.stream().skip(1).filter(o -> o.get(3).equals(r.get(3))).count() > 1 ? "*" : "";
            out.add(new ArrayList<>(List.of(r.get(3), r.get(4), part, r.get(0), r.get(1), r.get(5))));
        }
        return out;
    }

    /** Rewrites a workbook of a fixtures folder. */
    static void edit(Path workbook, Consumer<Workbook> edit) {
        Workbook wb;
        try (InputStream in = Files.newInputStream(workbook)) {
            wb = WorkbookFactory.create(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(workbook, wb, edit);
    }

    /** One sheet: the title rows (an empty string is an empty row), then the table, header first. */
    static void sheet(Workbook wb, String name, List<String> title, List<List<String>> table) {
        Sheet sheet = wb.createSheet(name);
        int r = 0;
        for (String line : title) {
            Row row = sheet.createRow(r++);
            if (!line.isEmpty()) {
                row.createCell(0).setCellValue(line);
            }
        }
        List<String> header = table.get(0);
        for (List<String> values : table) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                String v = values.get(c);
                if (v.isEmpty()) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (values != header && c < header.size() && NUMBERS.contains(header.get(c)) && v.matches("-?\\d+(\\.\\d+)?")) {
                    cell.setCellValue(Double.parseDouble(v));
                } else {
                    cell.setCellValue(v);
                }
            }
        }
    }

    private static void xlsx(Path file, Consumer<Workbook> fill) {
        write(file, new XSSFWorkbook(), fill);
    }

    private static void write(Path file, Workbook wb, Consumer<Workbook> fill) {
        try (wb) {
            fill.accept(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text fixture's rows, header first (tab-separated, or comma-separated for .csv). */
    static List<List<String>> read(Path file) {
        char delimiter = file.toString().endsWith(".csv") ? ',' : '\t';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = format.parse(in)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new ArrayList<>(record.toList()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

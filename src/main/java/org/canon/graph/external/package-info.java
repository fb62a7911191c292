/**
 * External taxonomies: importers that turn the official files of O*NET (O*NET-SOC 2019, content model, skill
 * and knowledge ratings, related occupations), BLS (SOC 2018), the ILO (ISCO-08) and ESCO (occupations,
 * skill groups and skill hierarchy) into one named graph per publisher, as SKOS concept schemes, and the
 * published crosswalks between them into SSSOM mapping sets.
 *
 * <p>{@link org.canon.graph.external.ExternalImporter} is the entry point: it finds the publishers' files in
 * the folders it is given ({@link org.canon.graph.external.ExternalLayout}), runs the importers, checks every
 * crosswalk row against the imported schemes and replaces the graphs in the store in one transaction. Files
 * are read as the publishers publish them (tab- or comma-separated text, or {@code .xlsx}/{@code .xls}
 * workbooks with title rows above the table, {@link org.canon.graph.external.WorkbookTable}) or as converted
 * copies, by column name ({@link org.canon.graph.external.Table}); every error names the file and the line (a
 * workbook's sheet and row), or the column and the columns found, and nothing is stored when anything fails.
 */
package org.canon.graph.external;

/**
 * The benchmark suite: readers for the upstream formats of public labeled datasets (one reader per format, shared with
 * training), the one table that maps their labels onto {@link dev.comity.api.Category}, leak-free group splits, and
 * metrics (official SemEval-2021 Task 5 span F1, precision/recall/F1, ROC-AUC, threshold sweeps).
 *
 * <p>Dataset files are never part of the project: readers take the datasets root (see {@link
 * dev.comity.bench.DataDirectory}) and read the files exactly as published upstream.
 */
package dev.comity.bench;

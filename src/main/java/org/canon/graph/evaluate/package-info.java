/**
 * Scoring of the project's links against reference files: the ranking metrics retrieval people use
 * ({@link org.canon.graph.evaluate.RankingMetrics}: candidate recall, hit@k, MRR, precision@k, recall@k, nDCG@k)
 * and the {@code evaluate} command's evaluations built on them.
 */
package org.canon.graph.evaluate;

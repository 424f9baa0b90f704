/**
 * The "likely unsigned" score: plain Java, no JavaFX, persistence or network, so the enrichment pipeline, the
 * CLI and the UI all compute and explain it the same way.
 *
 * <ul>
 *   <li>{@link com.scoutdesk.scoring.ScoreInputs}: the facts; null means unknown, never "no".</li>
 *   <li>{@link com.scoutdesk.scoring.WeightTable}: the one table of rules, weights and thresholds.</li>
 *   <li>{@link com.scoutdesk.scoring.LabelClassifier}: label line to
 *       {@link com.scoutdesk.scoring.ReleasePathway}, from the list files in this package's resource folder.</li>
 *   <li>{@link com.scoutdesk.scoring.UnsignedScorer}: inputs to a {@link com.scoutdesk.scoring.ScoreResult},
 *       whose breakdown adds up to its score exactly and whose JSON fits {@code track.score_breakdown}.</li>
 * </ul>
 *
 * Why a baseline of 5.0 rather than points from zero: enrichment works highest score first, and a track nobody
 * has looked at yet must neither jump the queue as "unsigned" nor sink as "signed". Negative evidence (an MLC
 * publisher, a major label) then has somewhere to go.
 */
package com.scoutdesk.scoring;

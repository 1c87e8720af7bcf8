/**
 * The formulas the workbook writer makes, and nothing else: cell references (on the Inputs sheet too),
 * SUM, SUMPRODUCT and ROUND, the Inputs sheet's defined names, numbers and arithmetic. No text, no
 * other function, nothing a name in a scenario could have put there.
 */
const TOKEN = String.raw`(?:Inputs!)?\$?[A-Z]{1,3}\$?\d+|SUMPRODUCT|SUM|ROUND|DiscountRate|RiskWeight(?:Assured|Projected|Possible)|OptimismBias|Mitigation|CostUplift|\d+(?:\.\d+)?|[-+*/(),:]`;

/** Matches a formula made only of {@link TOKEN}s. */
export const WRITER_FORMULA = new RegExp(`^(?:${TOKEN})+$`);

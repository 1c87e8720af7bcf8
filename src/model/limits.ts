/**
 * The bounds a scenario must keep, checked before any work starts so that no input can exhaust the stack,
 * the memory or the time of a run. Each is far beyond what a council paper needs; a caller with a real
 * need for more passes its own through {@link ParseScenarioOptions}.
 *
 * @example
 * ```ts
 * const limits: ScenarioLimits = { ...DEFAULT_SCENARIO_LIMITS, maxCells: 50_000_000 };
 * ```
 */
export interface ScenarioLimits {
  /**
   * How deeply objects and arrays may nest. The format's deepest structure, a blend of blends, needs
   * three levels a blend.
   * @defaultValue 64
   */
  readonly maxDepth: number;
  /**
   * The longest text (an id, a name, a note, a key), in UTF-16 code units.
   * @defaultValue 5,000
   */
  readonly maxTextLength: number;
  /**
   * The most cells the model may hold: partners × years × (lines + costs + funding + 3 × indirect savings).
   * Evaluation takes about 60 bytes a cell.
   * @defaultValue 10,000,000
   */
  readonly maxCells: number;
}

/**
 * The bounds every scenario is checked against unless the caller states others.
 *
 * @example
 * ```ts
 * DEFAULT_SCENARIO_LIMITS.maxDepth;
 * //=> 64
 * ```
 */
export const DEFAULT_SCENARIO_LIMITS: ScenarioLimits = Object.freeze({ maxDepth: 64, maxTextLength: 5_000, maxCells: 10_000_000 });

/**
 * Options for {@link parseScenario} and {@link safeParseScenario}.
 *
 * @example
 * ```ts
 * const options: ParseScenarioOptions = { limits: { maxTextLength: 20_000 } };
 * ```
 */
export interface ParseScenarioOptions {
  /**
   * Bounds other than the defaults, for those stated.
   * @defaultValue {@link DEFAULT_SCENARIO_LIMITS}
   */
  readonly limits?: Partial<ScenarioLimits>;
}

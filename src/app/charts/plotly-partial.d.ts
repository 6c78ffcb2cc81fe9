// Types for the parts of plotly.js's partial-bundle modules the app imports (the package ships no types for
// lib/core and lib/<trace>). Trace and layout shapes are typed in plotlyTypes.ts.

declare module 'plotly.js/lib/core' {
  /** The plotly core: drawing functions plus trace registration. */
  const Plotly: {
    react(root: HTMLElement, data: readonly object[], layout?: object, config?: object): Promise<HTMLElement>;
    purge(root: HTMLElement): void;
    register(modules: readonly object[]): void;
    /** Plot helpers; resize fits a drawn chart to its container again. */
    Plots: { resize(root: HTMLElement): Promise<unknown> };
    /** Draws `root`, or a figure of its own, as an image. */
    toImage(
      root: HTMLElement | { data: readonly object[]; layout: object },
      options: { format: 'png' | 'svg'; width: number; height: number; scale?: number },
    ): Promise<string>;
  };
  export default Plotly;
}

declare module 'plotly.js/lib/scatter' {
  const trace: object;
  export default trace;
}

declare module 'plotly.js/lib/bar' {
  const trace: object;
  export default trace;
}

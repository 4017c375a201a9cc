import { writeArtifacts } from './artifacts';

/** Options of {@link ReviewKit.writeArtifacts}. */
export interface ReviewArtifactsOptions {
  /**
   * The synth output folder (`app.outdir`).
   * @default 'cdktf.out'
   */
  readonly outdir?: string;
  /**
   * A previous synth output: the review page lists the Terraform addresses to create, delete or move.
   * @default - no diff
   */
  readonly baseline?: string;
  /**
   * Print progress lines on stderr.
   * @default true
   */
  readonly progress?: boolean;
}

/**
 * Review artifacts of a synth: diagrams, the capacity and failure-domain report and the
 * HTML review page, all read from the synthesized Terraform JSON.
 *
 * cdktf has no post-synth hook, so call it after `app.synth()`:
 * `app.synth(); ReviewKit.writeArtifacts({ outdir: app.outdir });`
 */
export class ReviewKit {
  /**
   * Writes `diagrams/<stack>.{dot,svg}`, `reports/capacity.{json,md}` and `report/index.html`
   * into the synth folder. Returns the path of the review page.
   */
  public static async writeArtifacts(options: ReviewArtifactsOptions = {}): Promise<string> {
    const result = await writeArtifacts({
      outdir: options.outdir ?? 'cdktf.out',
      baseline: options.baseline,
      progress: options.progress === false ? () => {} : undefined,
    });
    return result.page!;
  }

  private constructor() {}
}

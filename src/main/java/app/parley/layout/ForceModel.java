package app.parley.layout;

/**
 * The forces and cooling of one spring-electrical simulation: how springs pull, how fast repulsion falls off, and
 * how the step shrinks while a level is refined.
 *
 * @param linearSprings springs pull with {@code w d} (instead of Fruchterman and Reingold's {@code w d² / K}); with
 *                      repulsion weighted by degree, dense communities draw apart from each other
 * @param repulsionPower {@code p} of the repulsion {@code K^(1+p) m_u m_v / d^p}: 1 as Fruchterman and Reingold, 2
 *                       falls off faster, which keeps the periphery from crowding (Hu 2005)
 * @param cooling       the factor the step shrinks by at each step of a refinement
 * @param refineStep    the first step of a refinement, in edge lengths
 */
record ForceModel(boolean linearSprings, int repulsionPower, double cooling, double refineStep) {

    /** Fruchterman-Reingold forces, cooled fast: an even spread that leaves room for every name. */
    static final ForceModel EVEN = new ForceModel(false, 1, 0.9, 0.25);
    /**
     * Linear springs against repulsion weighted by degree (the caller's masses): communities draw apart as tight
     * clumps. Suits graphs with hubs, whose far-reaching push keeps their communities apart.
     */
    static final ForceModel COMMUNITIES = new ForceModel(true, 1, 0.9, 0.25);
    /**
     * Fruchterman-Reingold springs with fast-falling repulsion, cooled slowly: untangles a drawing nearly right (the
     * cooling and first step of {@link ShortRangePolish} after sparse stress).
     */
    static final ForceModel POLISH = new ForceModel(false, 2, 0.95, 1.0);

    /** A run stops when its step has shrunk below this share of the edge length. */
    static final double TOLERANCE = 0.01;

    /** Checks the values. */
    ForceModel {
        if (repulsionPower != 1 && repulsionPower != 2) {
            throw new IllegalArgumentException("Repulsion power must be 1 or 2");
        }
        if (!(cooling > 0 && cooling < 1)) {
            throw new IllegalArgumentException("Cooling must lie between 0 and 1");
        }
        if (!(refineStep > TOLERANCE)) {
            throw new IllegalArgumentException("The first step must be longer than the tolerance");
        }
    }

    /** The number of steps a cooling run takes from a step of {@code start} edge lengths until it stops. */
    int coolingSteps(double start) {
        return (int) Math.ceil(Math.log(TOLERANCE / start) / Math.log(cooling));
    }
}

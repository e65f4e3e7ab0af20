package no.hjelperjournal.store;

/**
 * Argon2id cost parameters, stored in the key file so that they can be raised later without breaking old journals.
 *
 * @param memoryKiB memory cost in KiB
 * @param iterations time cost
 * @param parallelism lanes
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {

    /** About half a second on a 2-core laptop: slow enough to make guessing expensive, quick enough to unlock often. */
    public static final KdfParams DEFAULT = new KdfParams(64 * 1024, 3, 2);

    /** Cheap parameters for tests that create many journals; never used by the app. */
    public static final KdfParams FOR_TESTS = new KdfParams(1024, 1, 1);

    public KdfParams {
        if (memoryKiB < 1024 || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2 parameters too weak: " + memoryKiB + "/" + iterations);
        }
    }
}

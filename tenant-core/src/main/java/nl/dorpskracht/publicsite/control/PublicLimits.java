package nl.dorpskracht.publicsite.control;

/** How much one public page or feed lists: enough for an archive page, bounded for a page anyone may ask for. */
public final class PublicLimits {

    /** The most any public list or feed shows. */
    public static final int LIST_MAX = 100;

    /** What the association's public home shows of each kind. */
    public static final int HOME = 5;

    private PublicLimits() {
    }
}

package nl.dorpskracht.web.publicsite;

/**
 * What every public page of one request needs: where the application lives, the association (its code and name; both
 * null on the 404 of an unknown one), and the reader's texts.
 */
record PageContext(String contextPath, String tenantCode, String tenantName, PublicTexts texts) {

    /** A path of the association's public pages, e.g. {@code /vkkl/nieuws}. */
    String tenantPath(String rest) {
        return contextPath + "/" + tenantCode + rest;
    }
}

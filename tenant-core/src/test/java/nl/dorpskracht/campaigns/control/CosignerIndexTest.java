package nl.dorpskracht.campaigns.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.List;
import nl.dorpskracht.campaigns.entity.Cosigner;
import nl.dorpskracht.campaigns.entity.TargetDetails;
import nl.dorpskracht.campaigns.entity.TargetKind;
import org.junit.jupiter.api.Test;

/** Which co-signers go under which letter: a council gets the villages of its own municipality, others get all. */
class CosignerIndexTest {

    private final Cosigner molenlanden = cosigner("Dorpsraad Bleskensgraaf", "Molenlanden", "GM1978");
    private final Cosigner writtenWithPrefix = cosigner("Dorpsraad Groot-Ammers", "Gem. Molenlanden", null);
    private final Cosigner beforeTheRegister = cosigner("Dorpsraad Nieuwpoort", "MOLENLANDEN", null);
    private final Cosigner bergenLimburg = cosigner("Dorpsraad Well", "Bergen (L.)", "GM0893");
    private final Cosigner unknownPlace = cosigner("Dorpsraad Atlantis", "Atlantis", null);
    private final CosignerIndex index = new CosignerIndex(
            List.of(molenlanden, writtenWithPrefix, beforeTheRegister, bergenLimburg, unknownPlace));

    @Test
    void aCouncilGetsEveryCosignerOfItsMunicipalityHoweverTheNameWasWritten() {
        assertEquals(List.of(molenlanden, writtenWithPrefix, beforeTheRegister),
                index.belongingTo(council("gemeente Molenlanden", "Zuid-Holland")));
    }

    @Test
    void aNameOfTwoMunicipalitiesIsDecidedByTheCouncilsProvince() {
        assertEquals(List.of(bergenLimburg), index.belongingTo(council("Bergen", "Limburg")));
        assertEquals(List.of(), index.belongingTo(council("Bergen", "Noord-Holland")),
                "Bergen (NH.) has no co-signers here");
    }

    @Test
    void aNameTheRegisterLacksStillMatchesTheSameNameWrittenAlike() {
        assertEquals(List.of(unknownPlace), index.belongingTo(council("  atlantis ", null)));
        assertEquals(List.of(), index.belongingTo(council("Atlantis-Zuid", null)));
    }

    @Test
    void everyOtherTargetGetsAllCosigners() {
        for (TargetKind kind : List.of(TargetKind.POLITICAL_PARTY, TargetKind.PROVINCE, TargetKind.OTHER)) {
            assertEquals(5,
                    index.belongingTo(
                            new TargetDetails(kind, "Gedeputeerde Staten", "Molenlanden", "Zuid-Holland", null, null))
                            .size(),
                    kind::name);
        }
    }

    @Test
    void aCouncilWithoutMunicipalityGetsNobody() {
        assertEquals(List.of(), index.belongingTo(council(null, null)));
    }

    private static TargetDetails council(String municipality, String province) {
        return new TargetDetails(TargetKind.MUNICIPAL_COUNCIL, "Gemeenteraad", municipality, province,
                "griffie@example.nl", null);
    }

    /** The view's row as EclipseLink builds it: the entity has no public constructor, being read-only. */
    private static Cosigner cosigner(String organisation, String municipality, String code) {
        try {
            Constructor<Cosigner> constructor = Cosigner.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Cosigner cosigner = constructor.newInstance();
            set(cosigner, "organisationName", organisation);
            set(cosigner, "municipality", municipality);
            set(cosigner, "municipalityCode", code);
            return cosigner;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Cosigner cosigner, String field, Object value) throws ReflectiveOperationException {
        Field declared = Cosigner.class.getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(cosigner, value);
    }
}

package nl.dorpskracht.system.cluster;

import nl.dorpskracht.system.support.Haproxy;
import nl.dorpskracht.system.support.PageUsers;
import nl.dorpskracht.system.support.RegistrationLoad;
import nl.dorpskracht.system.support.RequestOutcomes;
import nl.dorpskracht.system.support.TwoInstances;
import nl.dorpskracht.system.support.WriteLoad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances in cluster mode on one PostgreSQL behind Debian's HAProxy, under mixed load: administrators writing
 * over the API, many clients registering for ONE event with few places, administrators logged in on the member page.
 * One instance is killed ({@code kill -9}), then both are restarted one at a time. One start of the cluster for all
 * cases, in order; the figures are printed ("FAILOVER" lines, for BENCHMARKS.md), no assertion is on time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class FailoverIT {

    private static final Duration LIMIT = Duration.ofMinutes(3);
    private static final int PLACES = 25;
    private static final List<String> PAGE_ACCOUNTS = List.of("admin@vkkl.demo", "admin@vkkl.demo", "admin@zhvkk.demo",
            "admin@zhvkk.demo", "admin@ovkk.demo", "admin@ovkk.demo");
    private static final Duration PACE = Duration.ofMillis(250);

    private static TwoInstances cluster;
    private static Haproxy balancer;
    private static FailoverWorld world;
    private static List<PageUsers.User> pageUsersAroundTheKill;
    private static long killedAt;
    private static List<PageUsers.User> pageUsersThroughTheRestart;
    private static long restartBegan;

    @BeforeAll
    public static void startTwoInstancesBehindHaproxy() {
        cluster = TwoInstances.start();
        balancer = Haproxy.start(cluster.work(), cluster.httpPorts());
        balancer.awaitInstancesUp(2, LIMIT);
        world = new FailoverWorld(cluster, balancer);
    }

    @AfterAll
    public static void stop() {
        try {
            if (balancer != null) {
                balancer.close();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    @Test
    @Order(1)
    public void aKilledInstanceLosesNoAcknowledgedWriteAndGivesNoPlaceTwice() throws Exception {
        String event = world.event("vkkl", "Failover webinar " + System.nanoTime(), PLACES);
        List<String> contacts = world.contacts("vkkl", 4000, "Failover deelnemer " + System.nanoTime());
        WriteLoad writes = WriteLoad.start(balancer, "zhvkk", "admin@zhvkk.demo", 2, Duration.ofMinutes(10));
        RegistrationLoad registrations = RegistrationLoad.start(world.admin("vkkl"), "vkkl", event, contacts, 6, PACE);
        PageUsers pages = PageUsers.start(balancer, PAGE_ACCOUNTS, PACE);
        try {
            writes.awaitAcknowledged(20, LIMIT);
            pages.awaitEachSucceeded(4, LIMIT);
            cluster.kill(0);
            killedAt = System.nanoTime();
            awaitTrue(() -> registrations.outcomes().succeededAfter(killedAt) >= 20, "registrations go on");
            writes.awaitAcknowledged(20, LIMIT);
            awaitTrue(() -> pages.users().stream().allMatch(user -> user.outcomes().succeededAfter(killedAt) >= 6),
                    "every page user goes on");
        } finally {
            pages.close();
            registrations.close();
            writes.close();
        }
        pageUsersAroundTheKill = pages.users();
        long gap = List
                .of(writes.servedAgainAfter(killedAt), registrations.outcomes().servedAgainAfter(killedAt),
                        slowestUser(pageUsersAroundTheKill, killedAt))
                .stream().mapToLong(after -> after.orElse(-1)).max().getAsLong();
        Set<String> written = world.memberNames("zhvkk", "Storing zhvkk ");
        List<String> lost = writes.acknowledged().stream().filter(name -> !written.contains(name)).toList();
        Set<String> registered = world.registrationIds(event);
        List<String> lostRegistrations = registrations.acknowledged().stream().filter(id -> !registered.contains(id))
                .toList();
        int confirmed = world.registrations(event, "CONFIRMED");
        System.out.printf("FAILOVER kill -9 of one of two instances behind HAProxy: every kind of request served"
                + " again %d ms after the kill; writes acknowledged %d, lost %d, failed after the kill %d;"
                + " registrations for one event of %d places acknowledged %d, lost %d, confirmed %d, waitlisted %d,"
                + " twice %d, failed %s; page users %s; requests retried by HAProxy %d%n",
                TimeUnit.NANOSECONDS.toMillis(gap), writes.acknowledged().size(), lost.size(),
                writes.failedAfter(killedAt), PLACES, registrations.acknowledged().size(), lostRegistrations.size(),
                confirmed, world.registrations(event, "WAITLISTED"), world.registeredTwice(event),
                registrations.refusals(), pageUsersAroundTheKill, balancer.retriedRequests());
        assertTrue(lost.isEmpty(), "writes answered 201 and lost: " + lost.size());
        assertTrue(lostRegistrations.isEmpty(), "registrations answered 201 and lost: " + lostRegistrations.size());
        assertEquals(PLACES, confirmed, "every place given once, none beyond the capacity");
        assertEquals(0, world.registeredTwice(event), "no contact person registered twice");
        assertTrue(gap >= 0, "every kind of request was served again after the kill");
    }

    /** Needs sessions replicated through the data grid: a user on the killed instance goes on on the other one. */
    @Test
    @Order(2)
    public void loggedInPageUsersGoOnOnTheOtherInstanceWithoutLoggingInAgain() {
        assumeTrue(pageUsersAroundTheKill != null, "the kill of an instance under load ran");
        assertTrue(pageUsersAroundTheKill.stream().anyMatch(user -> user.instance().equals(Haproxy.name(0))),
                "a page user was on the killed instance: " + pageUsersAroundTheKill);
        for (PageUsers.User user : pageUsersAroundTheKill) {
            assertEquals(0, user.askedToLogInAgain(), "asked to log in again: " + user);
            assertTrue(user.outcomes().failedAfter(killedAt) <= 1, "more than one failed request: " + user);
        }
    }

    @Test
    @Order(3)
    public void aRollingRestartUnderLoadFailsNoRequest() throws Exception {
        if (!cluster.instance(0).alive()) {
            cluster.startInstance(0);
        }
        balancer.awaitInstancesUp(2, LIMIT);
        String event = world.event("vkkl", "Herstart webinar " + System.nanoTime(), PLACES);
        List<String> contacts = world.contacts("vkkl", 8000, "Herstart deelnemer " + System.nanoTime());
        WriteLoad writes = WriteLoad.start(balancer, "ovkk", "admin@ovkk.demo", 2, Duration.ofMinutes(20));
        RegistrationLoad registrations = RegistrationLoad.start(world.admin("vkkl"), "vkkl", event, contacts, 6, PACE);
        PageUsers pages = PageUsers.start(balancer, PAGE_ACCOUNTS, PACE);
        long began;
        long ended;
        try {
            writes.awaitAcknowledged(20, LIMIT);
            pages.awaitEachSucceeded(4, LIMIT);
            began = System.nanoTime();
            restartBegan = began;
            for (int instance = 0; instance < 2; instance++) {
                balancer.takeOut(instance);
                balancer.awaitIdle(instance, Duration.ofSeconds(30));
                cluster.stop(instance);
                cluster.startInstance(instance);
                balancer.putBack(instance);
                balancer.awaitInstancesUp(2, LIMIT);
            }
            ended = System.nanoTime();
            writes.awaitAcknowledged(20, LIMIT);
            awaitTrue(() -> pages.users().stream().allMatch(user -> user.outcomes().succeededAfter(ended) >= 4),
                    "every page user goes on");
        } finally {
            pages.close();
            registrations.close();
            writes.close();
        }
        pageUsersThroughTheRestart = pages.users();
        Set<String> written = world.memberNames("ovkk", "Storing ovkk ");
        long lost = writes.acknowledged().stream().filter(name -> !written.contains(name)).count();
        System.out.printf("FAILOVER rolling restart of two instances behind HAProxy under load: %d s; writes"
                + " acknowledged %d, failed %d, lost %d; registrations acknowledged %d, failed %s; page users %s;"
                + " requests retried by HAProxy since its start %d%n", TimeUnit.NANOSECONDS.toSeconds(ended - began),
                writes.acknowledged().size(), writes.failed(), lost, registrations.acknowledged().size(),
                registrations.refusals(), pageUsersThroughTheRestart, balancer.retriedRequests());
        assertEquals(0, writes.failed(), "failed writes");
        assertEquals(0, lost, "acknowledged writes lost");
        assertEquals(0, registrations.outcomes().failed(), "failed registrations: " + registrations.refusals());
        assertEquals(PLACES, world.registrations(event, "CONFIRMED"), "every place given once");
    }

    /**
     * Needs sessions replicated through the data grid: each instance is stopped under its logged-in users. The goal is
     * no failed request; measured is one answer cut off per page user over the whole restart (on either instance, so
     * most likely while the grid moves its partitions as a member leaves or joins), which this bounds until it is
     * understood (BENCHMARKS.md, issue 16). The API loads of the same restart fail nothing.
     */
    @Test
    @Order(4)
    public void loggedInPageUsersStayLoggedInThroughARollingRestart() {
        assumeTrue(pageUsersThroughTheRestart != null, "the rolling restart under load ran");
        for (PageUsers.User user : pageUsersThroughTheRestart) {
            assertEquals(0, user.askedToLogInAgain(), "asked to log in again: " + user);
            assertTrue(user.outcomes().failedAfter(restartBegan) <= 1, "more than one failed request: " + user);
        }
    }

    private static java.util.OptionalLong slowestUser(List<PageUsers.User> users, long since) {
        if (users.stream().anyMatch(user -> user.outcomes().servedAgainAfter(since).isEmpty())) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(users.stream().map(PageUsers.User::outcomes)
                .mapToLong(outcomes -> outcomes.servedAgainAfter(since).getAsLong()).max().orElse(0));
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within " + LIMIT + ": " + what);
            }
            Thread.sleep(100);
        }
    }
}

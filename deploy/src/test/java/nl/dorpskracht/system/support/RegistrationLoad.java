package nl.dorpskracht.system.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Many clients registering contact persons for ONE event, each contact once, one registration every {@code pause} per
 * client, until stopped or out of contacts. Every registration answered 201 is remembered by its id.
 */
public final class RegistrationLoad implements AutoCloseable {

    private final Api admin;
    private final String path;
    private final Queue<String> contacts;
    private final Duration pause;
    private final ExecutorService clients;
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();
    private final RequestOutcomes outcomes = new RequestOutcomes();
    private volatile boolean stopped;

    private RegistrationLoad(Api admin, String tenant, String eventId, List<String> contacts, int clientCount,
            Duration pause) {
        this.admin = admin;
        this.path = "/api/v1/" + tenant + "/events/" + eventId + "/registrations";
        this.contacts = new ConcurrentLinkedQueue<>(contacts);
        this.pause = pause;
        this.clients = Executors.newFixedThreadPool(clientCount);
        for (int i = 0; i < clientCount; i++) {
            clients.execute(this::register);
        }
    }

    /** Starts {@code clientCount} clients registering these contacts of {@code tenant} as {@code admin}. */
    public static RegistrationLoad start(Api admin, String tenant, String eventId, List<String> contacts,
            int clientCount, Duration pause) {
        return new RegistrationLoad(admin, tenant, eventId, contacts, clientCount, pause);
    }

    private void register() {
        for (String contact = contacts.poll(); contact != null && !stopped; contact = contacts.poll()) {
            long sent = System.nanoTime();
            try {
                Api.Reply reply = admin.postJson(path, "{\"contactId\":\"" + contact + "\"}");
                if (reply.status() == 201) {
                    acknowledged.put(reply.json().getString("id"), contact);
                    outcomes.record(sent, true);
                } else {
                    refusals.merge(reply.status() + (reply.isProblem() ? " " + reply.code() : ""), 1, Integer::sum);
                    outcomes.record(sent, false);
                }
            } catch (IllegalStateException noAnswer) {
                Throwable cause = noAnswer.getCause() == null ? noAnswer : noAnswer.getCause();
                refusals.merge("no answer: " + cause, 1, Integer::sum);
                outcomes.record(sent, false);
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The ids of the registrations answered 201. */
    public List<String> acknowledged() {
        return List.copyOf(acknowledged.keySet());
    }

    /** Failed registrations by HTTP status and problem code, or by why there was no answer at all. */
    public Map<String, Integer> refusals() {
        return Map.copyOf(refusals);
    }

    public RequestOutcomes outcomes() {
        return outcomes;
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        clients.shutdown();
        clients.awaitTermination(60, TimeUnit.SECONDS);
    }
}

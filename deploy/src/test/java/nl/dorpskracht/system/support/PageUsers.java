package nl.dorpskracht.system.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Administrators logged in through the login form, each in a session of their own, working the member page as a browser
 * without JavaScript does: the page loaded (a new view), then its search form posted with the view state, in turn,
 * every {@code pause}. A request succeeds when the answer is the member page of a logged-in user; the login form
 * instead is counted apart (the session was lost).
 */
public final class PageUsers implements AutoCloseable {

    private static final String PAGE = "/admin/members.xhtml";
    private static final Pattern TITLE = Pattern.compile("<title>([^<]{0,120})");

    /** One user's session and what became of its requests. */
    public static final class User {

        private final String account;
        private final RequestOutcomes outcomes = new RequestOutcomes();
        private final AtomicInteger askedToLogInAgain = new AtomicInteger();
        private volatile String instance = "";
        private final Set<String> failures = ConcurrentHashMap.newKeySet();

        private User(String account) {
            this.account = account;
        }

        public RequestOutcomes outcomes() {
            return outcomes;
        }

        /** Answers that were the login form: the user would have had to log in again. */
        public int askedToLogInAgain() {
            return askedToLogInAgain.get();
        }

        /** The instance the balancer kept this user on after logging in (its cookie's value). */
        public String instance() {
            return instance;
        }

        @Override
        public String toString() {
            return account + " on " + instance + ": " + outcomes.succeeded() + " ok, " + outcomes.failed() + " failed"
                    + (failures.isEmpty() ? "" : " " + failures) + ", " + askedToLogInAgain + " times the login form";
        }
    }

    private final Endpoint endpoint;
    private final Duration pause;
    private final List<User> users = new ArrayList<>();
    private final ExecutorService sessions;
    private volatile boolean stopped;

    private PageUsers(Endpoint endpoint, List<String> accounts, Duration pause) {
        this.endpoint = endpoint;
        this.pause = pause;
        this.sessions = Executors.newFixedThreadPool(accounts.size());
        for (String account : accounts) {
            User user = new User(account);
            users.add(user);
            sessions.execute(() -> work(user));
        }
    }

    /** One session per account (an account may be given twice: two browsers), each logged in with the demo password. */
    public static PageUsers start(Endpoint endpoint, List<String> accounts, Duration pause) {
        return new PageUsers(endpoint, accounts, pause);
    }

    private void work(User user) {
        PageSession session = new PageSession(endpoint);
        session.logIn(user.account, RunningDorpskracht.DEMO_PASSWORD);
        user.instance = session.cookie(Haproxy.COOKIE).orElse("");
        String viewState = null;
        while (!stopped) {
            long sent = System.nanoTime();
            try {
                PageSession.Page answer = viewState == null ? session.get(PAGE) : search(session, viewState);
                boolean loggedIn = answer.status() == 200 && answer.body().contains("members:query");
                user.outcomes.record(sent, loggedIn);
                if (!loggedIn) {
                    user.failures.add(answer.status() + " " + title(answer.body()));
                }
                if (!loggedIn && answer.body().contains("login:email")) {
                    user.askedToLogInAgain.incrementAndGet();
                    session.logIn(user.account, RunningDorpskracht.DEMO_PASSWORD);
                }
                // a postback's answer is the next page load: a new view, then its form again
                viewState = loggedIn && viewState == null ? answer.viewState() : null;
            } catch (IllegalStateException noAnswer) {
                user.outcomes.record(sent, false);
                user.failures.add("no answer: " + noAnswer.getCause());
                viewState = null;
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** What a failed answer was, by its title: no personal data, enough to tell an error page from the login form. */
    private static String title(String body) {
        Matcher title = TITLE.matcher(body);
        return title.find() ? title.group(1).trim() : "(no title)";
    }

    private static PageSession.Page search(PageSession session, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("members", "members");
        form.put("members:query", "Dorpsraad");
        form.put("members:typeFilter", "");
        form.put("members:statusFilter", "ACTIVE");
        form.put("members:searchButton", "Zoeken");
        form.put("jakarta.faces.ViewState", viewState);
        return session.postForm(PAGE, form);
    }

    public List<User> users() {
        return List.copyOf(users);
    }

    /** Waits until every user has had {@code count} successful requests, at most {@code limit}. */
    public void awaitEachSucceeded(int count, Duration limit) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (users.stream().anyMatch(user -> user.outcomes.succeeded() < count) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        sessions.shutdown();
        sessions.awaitTermination(60, TimeUnit.SECONDS);
    }
}

package nl.dorpskracht.matching.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * A yes given while logged in happens in the volunteer's province; the asking province then sends both sides' details
 * in a transaction of its own, once the answer committed. A bean of its own, so the call to
 * {@link MatchExchange#exchangeIn} goes through its transaction interceptor (a call on {@code this} would not).
 */
@ApplicationScoped
public class MatchExchangeAfterAnswer {

    @Inject
    MatchExchange exchange;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MatchExchange.Accepted yes) {
        exchange.exchangeIn(yes.requestTenant(), yes.match());
    }
}

package se.lofteskollen.query.readmodels;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads the processors' tokens straight from token_entry. The TokenStore's fetch would claim the segment
 * it reads, which a reader must never do; and only the table sees the segments other instances hold.
 */
@Component
public class TokenPositions {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public TokenPositions(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** One segment's token as stored, with its owner (null when unclaimed). */
    public record SegmentToken(String processor, int segment, TrackingToken token, String owner) {

        /**
         * Still behind the position it was reset at? Axon keeps a caught-up segment's token a ReplayToken until
         * the next new event arrives, so the wrapper alone does not say a replay is still running.
         */
        public boolean replaying() {
            if (!(token instanceof ReplayToken replay)) {
                return false;
            }
            long resetAt = replay.getTokenAtReset() == null ? -1 : replay.getTokenAtReset().position().orElse(-1);
            return position() < resetAt;
        }

        /** The position this segment was reset at (the head then) while it replays, else its position. */
        public long resetAt() {
            if (token instanceof ReplayToken replay && replay.getTokenAtReset() != null) {
                return replay.getTokenAtReset().position().orElse(-1);
            }
            return position();
        }

        /** The position this segment has processed up to, -1 before the first event. */
        public long position() {
            return token == null ? -1 : token.position().orElse(-1);
        }

        /** Has this segment processed (or passed over, when not its own) the event at {@code position}? */
        public boolean covers(long position) {
            return TokenPositions.covers(token, position);
        }
    }

    /** Has a segment at this token processed (or passed over, when not its own) the event at {@code position}? */
    public static boolean covers(TrackingToken token, long position) {
        TrackingToken current = token instanceof ReplayToken replay ? replay.getCurrentToken() : token;
        if (current == null) {
            return false;
        }
        GapAwareTrackingToken gapAware = WrappedToken.unwrap(current, GapAwareTrackingToken.class).orElse(null);
        if (gapAware != null) {
            // A gap at the position is an event not yet seen; gaps below it are other transactions.
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return current.position().orElse(-1) >= position;
    }

    public List<SegmentToken> of(String processor) {
        return jdbc.query("SELECT segment, token, token_type, owner FROM token_entry WHERE processor_name = ? ORDER BY segment",
                (row, i) -> new SegmentToken(processor, row.getInt("segment"),
                        deserialize(row.getBytes("token"), row.getString("token_type")), row.getString("owner")),
                processor);
    }

    private TrackingToken deserialize(byte[] token, String type) {
        if (token == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
    }
}

package se.lofteskollen.query.commitment;

import jakarta.persistence.Embeddable;
import org.axonframework.messaging.MetaData;
import se.lofteskollen.events.AuditMetaData;

/** Who recorded a fact, as its event's metadata says (the authenticated principal, never a request body). */
@Embeddable
public class Author {

    private String userId;
    private String userName;
    private String organisation;

    protected Author() {
    }

    public Author(String userId, String userName, String organisation) {
        this.userId = userId;
        this.userName = userName;
        this.organisation = organisation;
    }

    public static Author of(MetaData metaData) {
        return new Author(AuditMetaData.userId(metaData), AuditMetaData.userName(metaData),
                AuditMetaData.organisation(metaData));
    }

    public String getUserId() {
        return userId;
    }

    public String getUserName() {
        return userName;
    }

    public String getOrganisation() {
        return organisation;
    }
}

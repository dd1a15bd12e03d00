package se.lofteskollen.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.AuthorityUtils;
import se.lofteskollen.events.Party;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MemberTest {

    @Test
    void aPrincipalAndTheMetaDataItWroteAreTheSameMember() {
        Member principal = Member.of(AuthorityUtils.createAuthorityList(
                "ROLE_COORDINATOR", "ORG_POLICE", "ORG_MUNICIPALITY", "NAME_Samordnaren", "SCOPE_openid"));

        assertThat(principal.roles()).containsExactly(Roles.COORDINATOR);
        assertThat(principal.organisations()).containsExactlyInAnyOrder(Party.POLICE, Party.MUNICIPALITY);
        assertThat(principal.joinedRoles()).isEqualTo("COORDINATOR");
        assertThat(principal.joinedOrganisations()).isEqualTo("MUNICIPALITY,POLICE");
        assertThat(Member.of(principal.joinedRoles(), principal.joinedOrganisations())).isEqualTo(principal);
    }

    @Test
    void withoutRolesOrOrganisationsTheMetaDataSaysNothing() {
        Member nobody = Member.of(null, "");

        assertThat(nobody.joinedRoles()).isNull();
        assertThat(nobody.joinedOrganisations()).isNull();
        assertThat(nobody.reports()).isFalse();
    }

    @Test
    void reportersAndCoordinatorsReportAndNoOneElse() {
        assertThat(Member.of("REPORTER", "POLICE").reports()).isTrue();
        assertThat(Member.of("MANAGEMENT,COORDINATOR", null).reports()).isTrue();
        assertThat(Member.of("MANAGEMENT", "POLICE").reports()).isFalse();
        assertThat(Member.of("OPERATOR", null).reports()).isFalse();
    }

    @Test
    void anOrganisationIsThePartyItAnswersForInAnyCase() {
        assertThat(Roles.organisation("police")).contains(Party.POLICE);
        assertThat(Roles.organisation(" MUNICIPALITY ")).contains(Party.MUNICIPALITY);
        assertThat(Roles.organisation("FBI")).isEmpty();
        assertThat(Member.of("REPORTER", "POLICE,FBI").organisations()).isEqualTo(Set.of(Party.POLICE));
    }
}

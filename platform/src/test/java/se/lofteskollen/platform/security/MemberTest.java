package se.lofteskollen.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.AuthorityUtils;
import se.lofteskollen.events.Organisations;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MemberTest {

    @Test
    void aPrincipalAndTheMetaDataItWroteAreTheSameMember() {
        Member principal = Member.of(AuthorityUtils.createAuthorityList(
                "ROLE_COORDINATOR", "ORG_POLICE", "ORG_MUNICIPALITY", "NAME_Samordnaren", "SCOPE_openid"));

        assertThat(principal.roles()).containsExactly(Roles.COORDINATOR);
        assertThat(principal.organisations()).containsExactlyInAnyOrder("POLICE", "MUNICIPALITY");
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
    void anOrganisationIsItsCodeInAnyCaseAndAnythingElseIsPassedOver() {
        assertThat(Organisations.code("police")).contains("POLICE");
        assertThat(Organisations.code(" lpo_vimmerby ")).contains("LPO_VIMMERBY");
        assertThat(Organisations.code("Västerviks kommun")).isEmpty();
        assertThat(Member.of("REPORTER", "POLICE,Polisen i Norr,hultsfreds_kommun").organisations())
                .isEqualTo(Set.of("POLICE", "HULTSFREDS_KOMMUN"));
    }

    @Test
    void aMemberBelongsToTheOrganisationsItsAuthoritiesName() {
        Member hultsfred = Member.of(AuthorityUtils.createAuthorityList(
                "ROLE_COORDINATOR", "ORG_LPO_VIMMERBY", "ORG_HULTSFREDS_KOMMUN"));

        assertThat(hultsfred.belongsToAnyOf(Set.of("HULTSFREDS_KOMMUN", "REGION"))).isTrue();
        assertThat(hultsfred.belongsToAnyOf(Set.of("POLICE", "MUNICIPALITY"))).isFalse();
        assertThat(hultsfred.readsEveryPromise()).isFalse();
        assertThat(Member.of("NATIONAL_READER", null).readsEveryPromise()).isTrue();
    }
}

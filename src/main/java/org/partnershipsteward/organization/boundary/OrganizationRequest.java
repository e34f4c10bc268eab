package org.partnershipsteward.organization.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.platform.rest.EnumValue;

/** What the secretariat says about an organisation when creating or editing it. */
public record OrganizationRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "is at most 200 characters") String name,
        @NotNull(message = "is required") @EnumValue(Sector.class) String sector,
        @NotNull(message = "is required") @EnumValue(OrganizationKind.class) String kind,
        @Size(max = 120, message = "is at most 120 characters") String region,
        Boolean fortune500,
        Boolean foundingSponsor) {

    public Sector sectorValue() {
        return Sector.valueOf(sector);
    }

    public OrganizationKind kindValue() {
        return OrganizationKind.valueOf(kind);
    }

    public boolean isFortune500() {
        return Boolean.TRUE.equals(fortune500);
    }

    public boolean isFoundingSponsor() {
        return Boolean.TRUE.equals(foundingSponsor);
    }
}

package org.partnershipsteward.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/members}: the directory (secretariat, board), a member's own record, status decisions, acknowledgements. */
@ApplicationScoped
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {

    /** Which bylaws version the member acknowledges. */
    public record Acknowledgement(Integer bylawsVersion) {
    }

    /** The secretariat's note when confirming a flagged executive level. */
    public record Note(String note) {
    }

    @Inject
    Members members;

    @Inject
    Bylaws bylaws;

    @Inject
    Peers peers;

    @Inject
    Roster roster;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public List<MemberView> find(@QueryParam("status") String status) {
        MemberStatus filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = MemberStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Map.of("status", "unknown value " + status));
            }
        }
        Set<Long> acknowledged = members.acknowledgedCurrent();
        return members.find(filter).stream().map(m -> MemberView.of(m, acknowledged.contains(m.getId()))).toList();
    }

    @GET
    @Path("me")
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public MemberView me() {
        var me = members.me();
        return MemberView.of(me, members.acknowledged(me.getId(), bylaws.current().version()));
    }

    @PUT
    @Path("me")
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public MemberView updateProfile(ProfileRequest request) {
        var me = members.updateProfile(request);
        return MemberView.of(me, members.acknowledged(me.getId(), bylaws.current().version()));
    }

    @POST
    @Path("me/acknowledgements")
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public Map<String, Integer> acknowledge(Acknowledgement request) {
        return Map.of("bylawsVersion", members.acknowledge(request == null ? null : request.bylawsVersion()));
    }

    @GET
    @Path("me/sharing")
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public SharingRequest mySharing() {
        return SharingRequest.of(peers.mySharing());
    }

    @PUT
    @Path("me/sharing")
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public SharingRequest chooseSharing(SharingRequest request) {
        return SharingRequest.of(peers.chooseSharing(request));
    }

    @GET
    @Path("me/topics")
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public Map<String, List<String>> myTopics() {
        return peers.myTopics();
    }

    @PUT
    @Path("me/topics")
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public Map<String, List<String>> chooseTopics(TopicsRequest request) {
        return peers.chooseTopics(request);
    }

    @GET
    @Path("me/emergency")
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public EmergencyView myEmergencyContacts() {
        return roster.mine();
    }

    @PUT
    @Path("me/emergency")
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public EmergencyView keepEmergencyContacts(EmergencyRequest request) {
        return roster.keep(request);
    }

    @POST
    @Path("me/emergency/confirmation")
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public EmergencyView confirmEmergencyContacts() {
        return roster.confirm();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public MemberView one(@PathParam("id") long id) {
        return MemberView.of(members.byId(id), members.acknowledged(id, bylaws.current().version()));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed(Roles.SECRETARIAT)
    public MemberView changeStatus(@PathParam("id") long id, StatusChangeRequest request) {
        return MemberView.of(members.changeStatus(id, request), members.acknowledged(id, bylaws.current().version()));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed(Roles.SECRETARIAT)
    public MemberView transition(@PathParam("id") long id, TransitionRequest request) {
        return MemberView.of(members.transition(id, request), members.acknowledged(id, bylaws.current().version()));
    }

    @POST
    @Path("{id}/executive-level")
    @RolesAllowed(Roles.SECRETARIAT)
    public MemberView settleExecutiveLevel(@PathParam("id") long id, Note note) {
        return MemberView.of(members.settleExecutiveLevel(id, note == null ? null : note.note()),
                members.acknowledged(id, bylaws.current().version()));
    }
}

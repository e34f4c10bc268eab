package org.partnershipsteward.membership.boundary;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The bylaws topics a member follows and those they can speak to: {@code PUT /api/members/me/topics}. Each
 * must be one of the bylaws' topics (case and spacing aside); a list left out is emptied.
 */
public record TopicsRequest(
        @Size(max = 100, message = "has at most 100 topics") List<@Size(max = 200, message = "is at most 200 characters") String> follows,
        @Size(max = 100, message = "has at most 100 topics") List<@Size(max = 200, message = "is at most 200 characters") String> speaksTo) {
}

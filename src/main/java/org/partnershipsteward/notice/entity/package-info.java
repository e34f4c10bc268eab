/** Notice state and vocabulary: {@link org.partnershipsteward.notice.entity.NoticeKind}. Depends on nothing. */
package org.partnershipsteward.notice.entity;

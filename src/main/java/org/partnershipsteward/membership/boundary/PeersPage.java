package org.partnershipsteward.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.membership.control.PeerCard;
import org.partnershipsteward.membership.control.PeerSearch;
import org.partnershipsteward.membership.control.VCards;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.platform.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The directory of peers (every signed-in role): search, each member as they share themself, vCards of one
 * member or of the result, and the printable emergency roster.
 */
@Named
@ViewScoped
public class PeersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Peers peers;

    @Inject
    transient Roster roster;

    @Inject
    transient Bylaws bylaws;

    private String q;
    private String sector;
    private String criterion;
    private String topic;
    private List<PeerCard> cards;

    public void search() {
        List<PeerCard> found = Messages.attempt(() -> peers.search(current()));
        cards = found == null ? List.of() : found;
    }

    public List<PeerCard> getCards() {
        if (cards == null) {
            search();
        }
        return cards;
    }

    private PeerSearch current() {
        return new PeerSearch(q, sector, criterion, topic);
    }

    public StreamedContent getResultVCards() {
        return vcf(VCards.of(peers.search(current())), "directory.vcf");
    }

    public StreamedContent vcard(long memberId) {
        return vcf(VCards.of(peers.card(memberId)), "member-" + memberId + ".vcf");
    }

    public StreamedContent getRosterPdf() {
        byte[] pdf = roster.pdf();
        return DefaultStreamedContent.builder().name("emergency-roster-TLP-AMBER.pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    private static StreamedContent vcf(String text, String name) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(name).contentType(VCards.MEDIA_TYPE + ";charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public Criterion[] getCriteria() {
        return Criterion.values();
    }

    public List<String> getTopics() {
        return bylaws.current().topics();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getCriterion() {
        return criterion;
    }

    public void setCriterion(String criterion) {
        this.criterion = criterion;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}

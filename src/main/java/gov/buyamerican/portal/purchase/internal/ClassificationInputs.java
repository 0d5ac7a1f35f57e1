package gov.buyamerican.portal.purchase.internal;

import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.attestation.VerifiedAttestation;
import gov.buyamerican.portal.reference.MissingRuleValueException;
import gov.buyamerican.portal.reference.RuleKey;
import gov.buyamerican.portal.reference.RuleValue;
import gov.buyamerican.portal.reference.RuleValueService;
import gov.buyamerican.portal.rules.purchase.AttestationFact;
import gov.buyamerican.portal.rules.purchase.PurchaseClassification;
import gov.buyamerican.portal.rules.purchase.PurchaseClassifier;
import gov.buyamerican.portal.rules.purchase.PurchaseFacts;
import gov.buyamerican.portal.rules.purchase.WaiverFact;
import gov.buyamerican.portal.waiver.WaiverService;
import gov.buyamerican.portal.waiver.WaiverValidity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link PurchaseFacts} of purchases from the other modules' public services and classifies them with
 * {@link PurchaseClassifier}. For many purchases (an import, a reclassification batch) load a {@link Snapshot} once and
 * classify every row against it; for one purchase {@link #classify(ClassificationInput)} loads only what it needs.
 *
 * <p>What the facts are made of:
 * <ul>
 *   <li>micro-purchase threshold: the {@link RuleKey#MICRO_PURCHASE_THRESHOLD} value in force on the purchase date
 *       (dated reference table; {@link MissingRuleValueException} when none covers the date);</li>
 *   <li>attestation: of the product's attestations that were verified (still VERIFIED, or SUPERSEDED / EXPIRED after
 *       verification), the latest signed on or before the purchase date; the classifier then checks that the date is
 *       within its signing day .. valid-until day;</li>
 *   <li>waiver: the one chosen by staff; else an approved waiver naming the purchase's PIID (compared trimmed, case
 *       insensitive) and in force on the date, the one with the latest end if several (none: no waiver).</li>
 * </ul>
 * Callers need a role that reads attestations and waivers (background jobs run as the system user with STAFF).
 */
@Component
public class ClassificationInputs {

    private final RuleValueService ruleValues;
    private final AttestationService attestations;
    private final WaiverService waivers;

    ClassificationInputs(RuleValueService ruleValues, AttestationService attestations, WaiverService waivers) {
        this.ruleValues = ruleValues;
        this.attestations = attestations;
        this.waivers = waivers;
    }

    /** Everything needed to classify any purchase: all verified attestations, all approved waivers with PIIDs. */
    public Snapshot snapshot() {
        return new Snapshot(ruleValues.history(RuleKey.MICRO_PURCHASE_THRESHOLD),
                attestations.verifiedAttestations(null), waivers.approvedWithPiids());
    }

    /**
     * What is needed to classify purchases of these products linked to these waivers (plus the PIID matching, which
     * always needs all approved waivers with PIIDs).
     */
    public Snapshot snapshot(Collection<Long> productIds, Collection<Long> waiverIds) {
        Snapshot s = new Snapshot(ruleValues.history(RuleKey.MICRO_PURCHASE_THRESHOLD),
                attestations.verifiedAttestations(productIds.stream().distinct().toList()),
                waivers.approvedWithPiids());
        Set<Long> missing = new HashSet<>(waiverIds);
        missing.removeAll(s.waiversById.keySet());
        missing.remove(null);
        if (!missing.isEmpty()) {
            waivers.validities(missing).forEach(s::addWaiver);
        }
        return s;
    }

    /** Classifies one purchase, loading only its product's attestations and its waiver. */
    public Classified classify(ClassificationInput in) {
        List<Long> products = in.productId() == null ? List.of() : List.of(in.productId());
        List<Long> waiverIds = in.waiverId() == null ? List.of() : List.of(in.waiverId());
        return snapshot(products, waiverIds).classify(in);
    }

    /**
     * The reference data of one classification run, loaded once. Not thread-safe for {@link #addWaiver}; reads are
     * safe once built. A waiver id the snapshot does not know is treated as "not approved".
     */
    public static final class Snapshot {

        private final List<RuleValue> thresholds;
        private final Map<Long, List<VerifiedAttestation>> attestationsByProduct = new HashMap<>();
        private final Map<Long, WaiverValidity> waiversById = new HashMap<>();
        private final Map<String, List<WaiverValidity>> waiversByPiid = new HashMap<>();

        Snapshot(List<RuleValue> thresholds, List<VerifiedAttestation> attestations, List<WaiverValidity> approved) {
            this.thresholds = thresholds.stream().sorted(Comparator.comparing(RuleValue::effectiveFrom)).toList();
            for (VerifiedAttestation a : attestations) {
                attestationsByProduct.computeIfAbsent(a.productId(), k -> new ArrayList<>()).add(a);
            }
            attestationsByProduct.values().forEach(l -> l.sort(Comparator.comparing(VerifiedAttestation::signedOn)
                    .thenComparing(VerifiedAttestation::id)));
            approved.forEach(this::addWaiver);
        }

        void addWaiver(WaiverValidity w) {
            waiversById.put(w.id(), w);
            if (w.approved()) {
                for (String piid : w.piids()) {
                    String key = piidKey(piid);
                    if (key != null) {
                        waiversByPiid.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
                    }
                }
            }
        }

        /** The micro-purchase threshold in force on the date. */
        public BigDecimal microPurchaseThresholdOn(LocalDate date) {
            for (RuleValue v : thresholds) {
                if (!date.isBefore(v.effectiveFrom()) && (v.effectiveUntil() == null || !date.isAfter(v.effectiveUntil()))) {
                    return v.value();
                }
            }
            throw new MissingRuleValueException(RuleKey.MICRO_PURCHASE_THRESHOLD, date);
        }

        /** The verified attestation of the product signed last on or before the date, or null. */
        public AttestationFact attestationFor(Long productId, LocalDate date) {
            if (productId == null) {
                return null;
            }
            List<VerifiedAttestation> list = attestationsByProduct.get(productId);
            if (list == null) {
                return null;
            }
            VerifiedAttestation chosen = null;
            for (VerifiedAttestation a : list) {
                if (a.signedOn().isAfter(date)) {
                    break;
                }
                chosen = a;
            }
            return chosen == null ? null
                    : new AttestationFact(chosen.id(), chosen.domestic(), chosen.signedOn(), chosen.validUntil());
        }

        /** The approved waiver naming the PIID and in force on the date (the latest end first), or null. */
        public WaiverValidity matchPiid(String piid, LocalDate date) {
            String key = piidKey(piid);
            if (key == null) {
                return null;
            }
            WaiverValidity best = null;
            for (WaiverValidity w : waiversByPiid.getOrDefault(key, List.of())) {
                if (toFact(w).coversDate(date) && (best == null || laterEnd(w, best))) {
                    best = w;
                }
            }
            return best;
        }

        /** The facts of one purchase, and the waiver they use. */
        public Classified classify(ClassificationInput in) {
            BigDecimal threshold = microPurchaseThresholdOn(in.date());
            Long waiverId = in.waiverId();
            boolean matched = false;
            WaiverFact waiver = null;
            if (waiverId != null) {
                WaiverValidity w = waiversById.get(waiverId);
                waiver = w != null ? toFact(w) : new WaiverFact(waiverId, "#" + waiverId, false, null);
            } else {
                WaiverValidity w = matchPiid(in.piid(), in.date());
                if (w != null) {
                    waiverId = w.id();
                    matched = true;
                    waiver = toFact(w);
                }
            }
            // amounts as money with cents (59.9900 from the database and 59.99 from a form read the same), so that
            // the stored explanation does not change when nothing else did
            PurchaseFacts facts = new PurchaseFacts(in.date(), cents(in.amount()), cents(threshold), in.placeOfManufacture(),
                    in.originCountry(), attestationFor(in.productId(), in.date()), waiver, in.exemption());
            PurchaseClassification c = PurchaseClassifier.classify(facts);
            return new Classified(c, waiverId, matched, threshold);
        }

        private static BigDecimal cents(BigDecimal v) {
            BigDecimal s = v.stripTrailingZeros();
            return s.scale() < 2 ? s.setScale(2) : s;
        }

        private static boolean laterEnd(WaiverValidity a, WaiverValidity b) {
            if (a.expiresOn() == null) {
                return b.expiresOn() != null || a.id() > b.id();
            }
            return b.expiresOn() != null && (a.expiresOn().isAfter(b.expiresOn())
                    || a.expiresOn().equals(b.expiresOn()) && a.id() > b.id());
        }

        private static WaiverFact toFact(WaiverValidity w) {
            return new WaiverFact(w.id(), w.reference(), w.approved(), w.expiresOn());
        }
    }

    /** {@return the PIID as compared: trimmed, upper case (as the service stores it; the column collation is case-insensitive too); null when blank} */
    public static String piidKey(String piid) {
        if (piid == null) {
            return null;
        }
        String k = piid.strip().toUpperCase(Locale.ROOT);
        return k.isEmpty() ? null : k;
    }
}

package gov.buyamerican.portal.reporting;

import gov.buyamerican.portal.rules.purchase.PurchaseClass;

/** Spend of one channel in one classification, over the dashboard's period. */
public record ChannelSpend(Channel channel, PurchaseClass classification, Spend spend) {
}

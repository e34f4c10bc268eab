/** CSV cells the application writes and reads back: neutralised against formula injection on every export. */
package org.partnershipsteward.platform.csv;

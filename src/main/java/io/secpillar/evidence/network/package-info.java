/**
 * The network exposure analyzer, part of the pure evidence core: security groups
 * ({@link io.secpillar.evidence.network.SecurityGroupExposure}), network ACLs in rule order
 * ({@link io.secpillar.evidence.network.NetworkAclExposure}) and the path through both
 * ({@link io.secpillar.evidence.network.InboundPath}), computed as address ranges and answered against
 * {@link io.secpillar.evidence.network.Internet the whole internet}.
 */
package io.secpillar.evidence.network;

// Placeholder entry until the topology page lands.
document.body.textContent = 'VPC Peering Topology';

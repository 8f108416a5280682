// The Huawei part of the `demo` scenario: two tenants, each with a project in cn-north-4 and
// ap-southeast-1, and peerings in every status the API reports — within one tenant (ACTIVE at
// once), across tenants waiting for either side, active with routes on one side only, rejected
// and expired.

import type { HuaweiScenarioDocument } from './scenario';

const REGIONS = ['cn-north-4', 'ap-southeast-1'];

export const HUAWEI_DEMO: HuaweiScenarioDocument = {
  accounts: [
    { name: 'hw-network', regions: REGIONS },
    { name: 'hw-partner', regions: REGIONS },
  ],
  vpcs: [
    {
      id: '3f1a0001-5b2c-4d7e-8a90-0000000000a1', account: 'hw-network', regionId: 'cn-north-4', name: 'hub', cidr: '10.10.0.0/16',
      subnets: [
        { id: '3f1a0101-5b2c-4d7e-8a90-0000000000a1', name: 'hub-web', cidr: '10.10.1.0/24', availabilityZone: 'cn-north-4a' },
        { id: '3f1a0102-5b2c-4d7e-8a90-0000000000a1', name: 'hub-db', cidr: '10.10.2.0/24', availabilityZone: 'cn-north-4b' },
      ],
    },
    {
      id: '3f1a0002-5b2c-4d7e-8a90-0000000000a2', account: 'hw-network', regionId: 'cn-north-4', name: 'app', cidr: '10.20.0.0/16',
      extendCidrs: ['10.21.0.0/16'],
      subnets: [{ id: '3f1a0201-5b2c-4d7e-8a90-0000000000a2', name: 'app-a', cidr: '10.20.1.0/24' }],
    },
    { id: '3f1a0003-5b2c-4d7e-8a90-0000000000a3', account: 'hw-network', regionId: 'cn-north-4', name: 'legacy', cidr: '172.16.0.0/16' },
    {
      id: '3f1a0004-5b2c-4d7e-8a90-0000000000a4', account: 'hw-network', regionId: 'ap-southeast-1', name: 'sg-hub', cidr: '10.40.0.0/16',
      subnets: [{ id: '3f1a0401-5b2c-4d7e-8a90-0000000000a4', name: 'sg-hub-a', cidr: '10.40.1.0/24' }],
    },
    {
      id: '7c2b0001-9d3e-4f10-b2a4-0000000000b1', account: 'hw-partner', regionId: 'cn-north-4', name: 'partner-data', cidr: '192.168.0.0/16',
      subnets: [{ id: '7c2b0101-9d3e-4f10-b2a4-0000000000b1', name: 'data-a', cidr: '192.168.1.0/24' }],
    },
    {
      id: '7c2b0002-9d3e-4f10-b2a4-0000000000b2', account: 'hw-partner', regionId: 'cn-north-4', name: 'partner-edge', cidr: '172.31.0.0/16',
      subnets: [{ id: '7c2b0201-9d3e-4f10-b2a4-0000000000b2', name: 'edge-a', cidr: '172.31.1.0/24' }],
    },
    {
      id: '7c2b0003-9d3e-4f10-b2a4-0000000000b3', account: 'hw-partner', regionId: 'ap-southeast-1', name: 'sg-partner', cidr: '192.168.0.0/16',
      subnets: [{ id: '7c2b0301-9d3e-4f10-b2a4-0000000000b3', name: 'sg-partner-a', cidr: '192.168.10.0/24' }],
    },
  ],
  peerings: [
    { id: 'c0de0001-0000-4000-8000-000000000001', name: 'hub-app', description: 'within hw-network', requestVpcId: '3f1a0001-5b2c-4d7e-8a90-0000000000a1', acceptVpcId: '3f1a0002-5b2c-4d7e-8a90-0000000000a2' },
    { id: 'c0de0002-0000-4000-8000-000000000002', name: 'hub-partner-data', description: 'waits for hw-partner', requestVpcId: '3f1a0001-5b2c-4d7e-8a90-0000000000a1', acceptVpcId: '7c2b0001-9d3e-4f10-b2a4-0000000000b1' },
    { id: 'c0de0003-0000-4000-8000-000000000003', name: 'edge-app', description: 'routes on the partner side only', requestVpcId: '7c2b0002-9d3e-4f10-b2a4-0000000000b2', acceptVpcId: '3f1a0002-5b2c-4d7e-8a90-0000000000a2', status: 'ACTIVE' },
    { id: 'c0de0004-0000-4000-8000-000000000004', name: 'legacy-edge', requestVpcId: '3f1a0003-5b2c-4d7e-8a90-0000000000a3', acceptVpcId: '7c2b0002-9d3e-4f10-b2a4-0000000000b2', status: 'REJECTED' },
    { id: 'c0de0005-0000-4000-8000-000000000005', name: 'legacy-data', requestVpcId: '3f1a0003-5b2c-4d7e-8a90-0000000000a3', acceptVpcId: '7c2b0001-9d3e-4f10-b2a4-0000000000b1', status: 'EXPIRED', createdAgoMs: 8 * 86_400_000 },
    { id: 'c0de0006-0000-4000-8000-000000000006', name: 'sg-partner-hub', description: 'waits for hw-network', requestVpcId: '7c2b0003-9d3e-4f10-b2a4-0000000000b3', acceptVpcId: '3f1a0004-5b2c-4d7e-8a90-0000000000a4' },
  ],
  routes: [
    { vpcId: '3f1a0001-5b2c-4d7e-8a90-0000000000a1', destination: '10.20.0.0/16', peeringId: 'c0de0001-0000-4000-8000-000000000001' },
    { vpcId: '3f1a0002-5b2c-4d7e-8a90-0000000000a2', destination: '10.10.0.0/16', peeringId: 'c0de0001-0000-4000-8000-000000000001' },
    { vpcId: '7c2b0002-9d3e-4f10-b2a4-0000000000b2', destination: '10.20.0.0/16', peeringId: 'c0de0003-0000-4000-8000-000000000003' },
  ],
};

export const HUAWEI_EMPTY: HuaweiScenarioDocument = {
  accounts: HUAWEI_DEMO.accounts,
  vpcs: [],
};

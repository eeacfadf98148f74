import { Module } from '@nestjs/common';

import { CommuneCatalogue } from './commune-catalogue';
import { ServiceDirectory } from './service-directory';
import { ServicesRepository } from './services.repository';

/** The services (tenants) themselves: their names and communes (the official list of communes). */
@Module({
  providers: [CommuneCatalogue, ServicesRepository, ServiceDirectory],
  exports: [CommuneCatalogue, ServicesRepository, ServiceDirectory],
})
export class ServicesModule {}

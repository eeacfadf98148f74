import { Module } from '@nestjs/common';

import { CommuneCatalogue } from './commune-catalogue';
import { ServiceDirectory } from './service-directory';
import { ServicesRepository } from './services.repository';
import { TerritoryController } from './territory.controller';
import { TerritoryRepository } from './territory.repository';
import { TerritoryService } from './territory.service';

/**
 * The services (tenants) themselves: their names and communes (the official list of communes),
 * and each one's territory (its quartiers and area).
 */
@Module({
  controllers: [TerritoryController],
  providers: [CommuneCatalogue, ServicesRepository, ServiceDirectory, TerritoryRepository, TerritoryService],
  exports: [CommuneCatalogue, ServicesRepository, ServiceDirectory, TerritoryService],
})
export class ServicesModule {}

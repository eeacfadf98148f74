import { DefaultNamingStrategy, NamingStrategyInterface, Table } from 'typeorm';

function snake(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** camelCase properties ↔ snake_case columns (`displayName` → `display_name`). */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(className: string, customName: string | undefined): string {
    return customName ?? snake(className);
  }

  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake(prefixes.concat(customName ?? propertyName).join('_'));
  }

  override primaryKeyName(tableOrName: Table | string): string {
    return `pk_${typeof tableOrName === 'string' ? tableOrName : tableOrName.name}`;
  }

  /** A tenant table's reference to its service (the base class's relation): `fk_<table>_service`. */
  override foreignKeyName(
    tableOrName: Table | string,
    columnNames: string[],
    referencedTablePath?: string,
    referencedColumnNames?: string[],
  ): string {
    const table = typeof tableOrName === 'string' ? tableOrName : tableOrName.name;
    if (columnNames.length === 1 && columnNames[0] === 'service_id') return `fk_${table}_service`;
    return super.foreignKeyName(tableOrName, columnNames, referencedTablePath, referencedColumnNames);
  }

  override relationName(propertyName: string): string {
    return snake(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }

  override joinTableName(firstTableName: string, secondTableName: string, firstPropertyName: string): string {
    return snake(`${firstTableName}_${firstPropertyName.replace(/\./g, '_')}_${secondTableName}`);
  }

  override joinTableColumnName(tableName: string, propertyName: string, columnName?: string): string {
    return snake(`${tableName}_${columnName ?? propertyName}`);
  }
}

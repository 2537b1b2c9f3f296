namespace MutualAid.Core.Geography;

public readonly record struct GeoPoint(double Latitude, double Longitude);
